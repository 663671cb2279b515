// What a BinXml fragment is made of once its tokens are read: elements, text, and substitutions —
// the holes a template leaves for each record's values. A template is read once per chunk
// (templateCache.ts) and rendered with every record that uses it (xmlRender.ts).

export type BinXmlNode =
  | ElementNode
  | { kind: 'text'; text: string }
  | { kind: 'substitution'; index: number; optional: boolean }
  | { kind: 'entity'; name: string }
  | { kind: 'pi'; target: string; data: string }
  | TemplateInstance;

export type ElementNode = {
  kind: 'element';
  name: string;
  attributes: BinXmlAttribute[];
  children: BinXmlNode[];
};

export type BinXmlAttribute = { name: string; value: BinXmlNode[] };

/** A record's values: its type (valueTypes.ts), and where its bytes are in the chunk. */
export type SubstitutionValue = { type: number; offset: number; size: number };

export type TemplateInstance = {
  kind: 'template';
  template: TemplateDefinition;
  values: readonly SubstitutionValue[];
};

/** A template as read once per chunk, and how it renders (xmlRender.ts), found the first time it is. */
export type TemplateDefinition = {
  /** The template's GUID, as 32 hex digits: the same event's template has the same one in every chunk. */
  guid: string;
  nodes: readonly BinXmlNode[];
  render?: TemplateRenderer;
};

export type TemplateRenderer = (
  context: ChunkContext,
  values: readonly SubstitutionValue[] | undefined,
  depth: number,
) => string;

/** The chunk being read and what was read of it once: names and templates are chunk offsets. */
export type ChunkContext = {
  bytes: Uint8Array;
  names: Map<number, string>;
  templates: Map<number, TemplateDefinition>;
  /**
   * Renderers of the templates seen so far in the file, by GUID, with the nodes they were made
   * from: a chunk whose template has the same GUID and the same nodes reuses the renderer.
   */
  renderers: Map<string, { nodes: readonly BinXmlNode[]; render: TemplateRenderer }>;
};

export function createChunkContext(
  bytes: Uint8Array,
  renderers: ChunkContext['renderers'] = new Map(),
): ChunkContext {
  return { bytes, names: new Map(), templates: new Map(), renderers };
}

/** BinXml this reader cannot follow: the record is skipped and counted, never guessed at. */
export class BinXmlDamage extends Error {
  override name = 'BinXmlDamage';
}

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
  nodes: readonly BinXmlNode[];
  values: readonly SubstitutionValue[];
};

/** The chunk being read and what was read of it once: names and templates are chunk offsets. */
export type ChunkContext = {
  bytes: Uint8Array;
  names: Map<number, string>;
  templates: Map<number, readonly BinXmlNode[]>;
};

export function createChunkContext(bytes: Uint8Array): ChunkContext {
  return { bytes, names: new Map(), templates: new Map() };
}

/** BinXml this reader cannot follow: the record is skipped and counted, never guessed at. */
export class BinXmlDamage extends Error {
  override name = 'BinXmlDamage';
}

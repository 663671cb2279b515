// A record's nodes, with its values in the template's holes, as the event's XML on ONE line — the
// form `wevtutil qe /f:xml` writes, which the Windows XML reader (windowsXml.ts) reads and the
// stored evidence shows, one event per line. Values are the attacker's text: every string is
// escaped, and a line break or other control character inside one is written as a character
// reference, so no value can end the line, close an element or start one.
//
// A template is made into a renderer the first time it is rendered: what does not depend on the
// values (names, fixed attributes, whole fixed elements) is written once, so each record only adds
// its values. Templates are defined anew in every chunk; a renderer is reused for a template with
// the same GUID whose nodes are the same, so a file of a thousand chunks of 4625s makes one.
import type {
  BinXmlNode,
  ChunkContext,
  ElementNode,
  SubstitutionValue,
  TemplateDefinition,
  TemplateRenderer,
} from './binXmlNodes';
import { readFragment } from './binXmlTokens';
import { valueText, valueType } from './valueTypes';

type Values = readonly SubstitutionValue[] | undefined;
/** Fixed text, or what writes the text from the values of the template being rendered. */
type Piece = string | TemplateRenderer;

/** The XML of `nodes`; `values` fill the substitutions of the template they belong to. */
export function renderXml(
  context: ChunkContext,
  nodes: readonly BinXmlNode[],
  values: Values,
  depth = 0,
): string {
  let xml = '';
  for (const node of nodes) {
    if (node.kind === 'template') xml += renderTemplate(context, node.template, node.values, depth);
    else xml += written(compileNode(node), context, values, depth);
  }
  return xml;
}

function renderTemplate(
  context: ChunkContext,
  template: TemplateDefinition,
  values: Values,
  depth: number,
): string {
  template.render ??= rendererOf(context, template);
  return template.render(context, values, depth);
}

function rendererOf(context: ChunkContext, template: TemplateDefinition): TemplateRenderer {
  const known = context.renderers.get(template.guid);
  if (known && sameNodes(known.nodes, template.nodes)) return known.render;
  const piece = compileNodes(template.nodes);
  const render: TemplateRenderer = typeof piece === 'string' ? () => piece : piece;
  context.renderers.set(template.guid, { nodes: template.nodes, render });
  return render;
}

function written(piece: Piece, context: ChunkContext, values: Values, depth: number): string {
  return typeof piece === 'string' ? piece : piece(context, values, depth);
}

function compileNodes(nodes: readonly BinXmlNode[]): Piece {
  const pieces: Piece[] = [];
  for (const node of nodes) {
    const piece = compileNode(node);
    const last = pieces.length - 1;
    if (typeof piece === 'string' && last >= 0 && typeof pieces[last] === 'string') pieces[last] += piece;
    else if (piece !== '') pieces.push(piece);
  }
  if (pieces.length === 0) return '';
  if (pieces.length === 1) return pieces[0]!;
  return function writeAll(context, values, depth) {
    let xml = '';
    for (const piece of pieces) xml += typeof piece === 'string' ? piece : piece(context, values, depth);
    return xml;
  };
}

function compileNode(node: BinXmlNode): Piece {
  switch (node.kind) {
    case 'element':
      return compileElement(node);
    case 'text':
      return escapeXml(node.text);
    case 'entity':
      return `&${node.name};`;
    case 'pi':
      return `<?${node.target} ${node.data.replace(/\?>/g, '? >')}?>`;
    case 'template': {
      // A template inside a template: it brings its own values.
      const { template, values } = node;
      return function writeTemplate(context, _outer, depth) {
        return renderTemplate(context, template, values, depth);
      };
    }
    case 'substitution': {
      const { index } = node;
      return function writeValue(context, values, depth) {
        return substitutionXml(context, values?.[index], depth);
      };
    }
  }
}

function compileElement(element: ElementNode): Piece {
  const { name } = element;
  const attributes = element.attributes.map((attribute) => compileAttribute(attribute.name, attribute.value));
  const content = compileNodes(element.children);
  const fixedAttributes = attributes.every((attribute) => typeof attribute === 'string');
  const open = fixedAttributes ? `<${name}${attributes.join('')}` : undefined;
  if (open !== undefined && typeof content === 'string') {
    return content === '' ? `${open}/>` : `${open}>${content}</${name}>`;
  }
  const close = `</${name}>`;
  const only = element.children.length === 1 ? element.children[0]! : undefined;
  if (open !== undefined && only?.kind === 'substitution') {
    // The commonest element by far: <Data Name="IpAddress">%19</Data>, <EventID>%3</EventID> …
    const { index } = only;
    const opened = `${open}>`;
    const empty = `${open}/>`;
    return function writeValueElement(context, values, depth) {
      const inner = substitutionXml(context, values?.[index], depth);
      return inner === '' ? empty : opened + inner + close;
    };
  }
  return function writeElement(context, values, depth) {
    let start = open;
    if (start === undefined) {
      start = `<${name}`;
      for (const attribute of attributes) start += written(attribute, context, values, depth);
    }
    const inner = written(content, context, values, depth);
    // An element whose values are all empty is written empty, as Windows writes it: <Data Name="X"/>.
    return inner === '' ? `${start}/>` : `${start}>${inner}${close}`;
  };
}

/** Fixed text or an entity in an attribute, as written; undefined for a substitution. */
function fixedPart(part: BinXmlNode): string | undefined {
  if (part.kind === 'text') return escapeXml(part.text);
  return part.kind === 'entity' ? `&${part.name};` : undefined;
}

/**
 * ` Name="value"`, escaped; nothing when an optional substitution in it has no value, for Windows
 * then leaves the attribute out (Security UserID, Correlation ActivityID …).
 */
function compileAttribute(name: string, parts: readonly BinXmlNode[]): Piece {
  if (parts.every((part) => fixedPart(part) !== undefined))
    return ` ${name}="${parts.map(fixedPart).join('')}"`;
  return function writeAttribute(context, values) {
    let text = '';
    for (const part of parts) {
      if (part.kind !== 'substitution') {
        text += fixedPart(part) ?? '';
        continue;
      }
      const value = values?.[part.index];
      const xml =
        value === undefined || value.type === valueType.binXml ? undefined : valueXml(context, value);
      if (xml !== undefined) text += xml;
      else if (part.optional) return '';
    }
    return ` ${name}="${text}"`;
  };
}

/** A value in an element's content: text, or XML of its own (EventData or UserData of many events). */
function substitutionXml(context: ChunkContext, value: SubstitutionValue | undefined, depth: number): string {
  if (value === undefined || value.size === 0) return '';
  if (value.type === valueType.binXml) {
    const nested = readFragment(context, value.offset, value.offset + value.size, depth + 1);
    return renderXml(context, nested, undefined, depth + 1);
  }
  return valueXml(context, value) ?? '';
}

function valueXml(context: ChunkContext, value: SubstitutionValue): string | undefined {
  const text = valueText(context.bytes, value.type, value.offset, value.size);
  // Only strings can hold what must be escaped (the attacker's user names); the rest are digits and hex.
  const item = value.type & 0x7f;
  return text !== undefined && (item === valueType.string || item === valueType.ansiString)
    ? escapeXml(text)
    : text;
}

/** True when two templates' nodes are the same: then they render the same. */
function sameNodes(a: readonly BinXmlNode[], b: readonly BinXmlNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) {
    const left = a[index]!;
    const right = b[index]!;
    if (left.kind !== right.kind) return false;
    switch (left.kind) {
      case 'element': {
        const other = right as ElementNode;
        if (left.name !== other.name || left.attributes.length !== other.attributes.length) return false;
        for (let at = 0; at < left.attributes.length; at++) {
          const mine = left.attributes[at]!;
          const theirs = other.attributes[at]!;
          if (mine.name !== theirs.name || !sameNodes(mine.value, theirs.value)) return false;
        }
        if (!sameNodes(left.children, other.children)) return false;
        break;
      }
      case 'text':
        if (left.text !== (right as typeof left).text) return false;
        break;
      case 'entity':
        if (left.name !== (right as typeof left).name) return false;
        break;
      case 'pi':
        if (left.target !== (right as typeof left).target || left.data !== (right as typeof left).data)
          return false;
        break;
      case 'substitution':
        if (left.index !== (right as typeof left).index || left.optional !== (right as typeof left).optional)
          return false;
        break;
      case 'template':
        // A template inside a template carries values of its own: never the same as another's.
        return false;
    }
  }
  return true;
}

// eslint-disable-next-line no-control-regex -- control characters are what is being looked for
const needsEscape = /[&<>"\u0000-\u001f]/;

/** Text safe inside an element and inside a double-quoted attribute, on one line. */
export function escapeXml(text: string): string {
  if (!needsEscape.test(text)) return text;
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 38) escaped += '&amp;';
    else if (code === 60) escaped += '&lt;';
    else if (code === 62) escaped += '&gt;';
    else if (code === 34) escaped += '&quot;';
    else if (code < 32) escaped += `&#x${code.toString(16)};`;
    else escaped += text[index]!;
  }
  return escaped;
}

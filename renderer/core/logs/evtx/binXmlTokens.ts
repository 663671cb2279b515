// Reads BinXml, the binary XML of each event record and template, token by token into nodes
// (binXmlNodes.ts). Token layout from the libevtx documentation (binary XML); names are chunk
// offsets (nameTable.ts), templates are read once per chunk (templates.ts).
//
// One trap from real files: an element token normally carries a 2-byte dependency id before its
// size, but BinXml written without templates (the RDP 1149 export in the CC0 samples, and
// Defender, PowerShell and CAPI2 logs of the same kind) leaves it out. Which layout a token uses
// shows in its name offset: the right one points at a well-formed name, inline right after it or
// earlier in the chunk; the wrong one reads bytes of the size field and the name offset as one
// number, which is never such an offset.
import {
  BinXmlDamage,
  type BinXmlAttribute,
  type BinXmlNode,
  type ChunkContext,
  type ElementNode,
} from './binXmlNodes';
import { isNameAt, nameAt, nameBytes } from './nameTable';
import { templateDefinition, templateValues } from './templates';
import { u16, u32, utf16 } from './littleEndian';

/** Nested fragments (a template inside a value inside a template …) deeper than this are damage. */
const deepestNesting = 16;

const token = {
  endOfStream: 0x00,
  openStartElement: 0x01,
  closeStartElement: 0x02,
  closeEmptyElement: 0x03,
  endElement: 0x04,
  value: 0x05,
  attribute: 0x06,
  cdata: 0x07,
  charReference: 0x08,
  entityReference: 0x09,
  piTarget: 0x0a,
  piData: 0x0b,
  templateInstance: 0x0c,
  normalSubstitution: 0x0d,
  optionalSubstitution: 0x0e,
  fragmentHeader: 0x0f,
} as const;

/** Value tokens hold text: UTF-16 with a 2-byte length (type 0x01); no other type is written there. */
const stringValueType = 0x01;

type Open = { element: ElementNode; parentChildren: BinXmlNode[] };

/** The nodes of the BinXml in chunk bytes [start, end): a record's event, a template's body, a value. */
export function readFragment(context: ChunkContext, start: number, end: number, depth = 0): BinXmlNode[] {
  if (depth > deepestNesting) throw new BinXmlDamage('BinXml nested too deeply');
  const { bytes } = context;
  if (end > bytes.length) throw new BinXmlDamage('BinXml runs past the chunk');
  const root: BinXmlNode[] = [];
  const open: Open[] = [];
  let children = root;
  let at = start;
  while (at < end) {
    // The low four bits are the token, 0x40 says "more follows" (attributes, more data): any other
    // bit set is not BinXml.
    const type = bytes[at]! & 0x0f;
    if ((bytes[at]! & 0xb0) !== 0)
      throw new BinXmlDamage(`not a BinXml token: 0x${bytes[at]!.toString(16)} at ${at}`);
    switch (type) {
      case token.endOfStream:
        if (open.length > 0) throw new BinXmlDamage(`<${open[open.length - 1]!.element.name}> never closed`);
        return root;
      case token.fragmentHeader:
        at += 4; // token, major and minor version, flags
        break;
      case token.openStartElement: {
        const { element, next } = readElementStart(context, at, (bytes[at]! & 0x40) !== 0);
        children.push(element);
        open.push({ element, parentChildren: children });
        at = next;
        break;
      }
      case token.closeStartElement:
        if (open.length === 0) throw new BinXmlDamage(`stray end of a start tag at ${at}`);
        children = open[open.length - 1]!.element.children;
        at += 1;
        break;
      case token.closeEmptyElement:
      case token.endElement: {
        const closed = open.pop();
        if (!closed) throw new BinXmlDamage(`stray end tag at ${at}`);
        children = closed.parentChildren;
        at += 1;
        break;
      }
      case token.templateInstance: {
        const { node, next } = readTemplateInstance(context, at, end, depth);
        children.push(node);
        at = next;
        break;
      }
      case token.piTarget: {
        const name = nameReference(context, at + 1);
        const data = bytes[name.next]! & 0x0f;
        if (data !== token.piData) throw new BinXmlDamage(`processing instruction without data at ${at}`);
        const chars = u16(bytes, name.next + 1);
        children.push({ kind: 'pi', target: name.name, data: utf16(bytes, name.next + 3, chars) });
        at = name.next + 3 + 2 * chars;
        break;
      }
      default: {
        const { node, next } = readContentToken(context, at);
        children.push(node);
        at = next;
      }
    }
  }
  if (open.length > 0) throw new BinXmlDamage(`<${open[open.length - 1]!.element.name}> never closed`);
  return root;
}

/** An element's start: its name, then its attributes, each with its value tokens. */
function readElementStart(
  context: ChunkContext,
  at: number,
  hasAttributes: boolean,
): { element: ElementNode; next: number } {
  const { bytes } = context;
  const start = elementName(context, at);
  let next = start.next + (hasAttributes ? 4 : 0); // the attribute list's size: not needed
  const attributes: BinXmlAttribute[] = [];
  while (hasAttributes && next < bytes.length && (bytes[next]! & 0x0f) === token.attribute) {
    const name = nameReference(context, next + 1);
    const value: BinXmlNode[] = [];
    next = name.next;
    while (next < bytes.length && isAttributeValueToken(bytes[next]! & 0x0f)) {
      const read = readContentToken(context, next);
      value.push(read.node);
      next = read.next;
    }
    attributes.push({ name: name.name, value });
  }
  return { element: { kind: 'element', name: start.name, attributes, children: [] }, next };
}

/** The element token's name, with or without the dependency id (see the comment at the top). */
function elementName(context: ChunkContext, at: number): { name: string; next: number } {
  for (const nameField of [at + 7, at + 5]) {
    const offset = u32(context.bytes, nameField);
    const inline = nameField + 4;
    if (offset === inline && isNameAt(context, offset)) {
      return { name: nameAt(context, offset), next: inline + nameBytes(context, offset) };
    }
    if (offset < at && isNameAt(context, offset)) return { name: nameAt(context, offset), next: inline };
  }
  throw new BinXmlDamage(`element at ${at} has no readable name`);
}

/** A name offset at `at`: inline right after it (first use in the chunk) or earlier in the chunk. */
function nameReference(context: ChunkContext, at: number): { name: string; next: number } {
  const offset = u32(context.bytes, at);
  const inline = at + 4;
  const name = nameAt(context, offset);
  return { name, next: offset === inline ? inline + nameBytes(context, offset) : inline };
}

function isAttributeValueToken(type: number): boolean {
  return (
    type === token.value ||
    type === token.normalSubstitution ||
    type === token.optionalSubstitution ||
    type === token.charReference ||
    type === token.entityReference
  );
}

/** Text, a substitution, a character or entity reference, or CDATA. */
function readContentToken(context: ChunkContext, at: number): { node: BinXmlNode; next: number } {
  const { bytes } = context;
  const type = bytes[at]! & 0x0f;
  switch (type) {
    case token.value: {
      if (bytes[at + 1] !== stringValueType) {
        throw new BinXmlDamage(`value token of type 0x${(bytes[at + 1] ?? 0).toString(16)} at ${at}`);
      }
      const chars = u16(bytes, at + 2);
      return { node: { kind: 'text', text: utf16(bytes, at + 4, chars) }, next: at + 4 + 2 * chars };
    }
    case token.cdata: {
      const chars = u16(bytes, at + 1);
      return { node: { kind: 'text', text: utf16(bytes, at + 3, chars) }, next: at + 3 + 2 * chars };
    }
    case token.normalSubstitution:
    case token.optionalSubstitution:
      // The type byte (at + 3) repeats what the template expects; the record's own value says.
      return {
        node: {
          kind: 'substitution',
          index: u16(bytes, at + 1),
          optional: type === token.optionalSubstitution,
        },
        next: at + 4,
      };
    case token.charReference:
      return { node: { kind: 'text', text: String.fromCharCode(u16(bytes, at + 1)) }, next: at + 3 };
    case token.entityReference: {
      const name = nameReference(context, at + 1);
      return { node: { kind: 'entity', name: name.name }, next: name.next };
    }
    default:
      throw new BinXmlDamage(`unknown BinXml token 0x${(bytes[at] ?? 0).toString(16)} at ${at}`);
  }
}

/** A template instance: its definition (read once per chunk) and this record's values. */
function readTemplateInstance(
  context: ChunkContext,
  at: number,
  end: number,
  depth: number,
): { node: BinXmlNode; next: number } {
  // Token, one unused byte, the template id, then the definition's chunk offset.
  const offset = u32(context.bytes, at + 6);
  let next = at + 10;
  const definition = templateDefinition(context, offset, (start, stop) =>
    readFragment(context, start, stop, depth + 1),
  );
  if (offset === next) next += definition.inlineBytes;
  const { values, next: after } = templateValues(context.bytes, next, end);
  return { node: { kind: 'template', template: definition.template, values }, next: after };
}

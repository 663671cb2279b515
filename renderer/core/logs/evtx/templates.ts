// Templates and their substitutions. A record is usually a template instance: a reference to a
// template definition (the event's XML with numbered holes), written inline the first time a
// chunk uses it and referred to by chunk offset afterwards, followed by this record's values.
// Definitions are read once per chunk and cached there (ChunkContext.templates): a chunk of 4625s
// reads the 4625 template once. Layout from the libevtx documentation (template definition:
// 4-byte next offset, 16-byte GUID, 4-byte size, then the BinXml; values: a 4-byte count, then a
// 2-byte size, 1-byte type and 1 unused byte per value, then the values' bytes).
import {
  BinXmlDamage,
  type BinXmlNode,
  type ChunkContext,
  type SubstitutionValue,
  type TemplateDefinition,
} from './binXmlNodes';
import { u16, u32 } from './littleEndian';

const definitionHeaderBytes = 24;

/**
 * The template defined at `offset`, read once per chunk with `readBody` (the BinXml reader), and
 * the bytes its definition takes when it is written inline.
 */
export function templateDefinition(
  context: ChunkContext,
  offset: number,
  readBody: (start: number, end: number) => BinXmlNode[],
): { template: TemplateDefinition; inlineBytes: number } {
  const { bytes } = context;
  if (offset + definitionHeaderBytes > bytes.length) {
    throw new BinXmlDamage(`template definition at ${offset} lies outside the chunk`);
  }
  const size = u32(bytes, offset + 20);
  const start = offset + definitionHeaderBytes;
  if (start + size > bytes.length) throw new BinXmlDamage(`template at ${offset} runs past the chunk`);
  let template = context.templates.get(offset);
  if (template === undefined) {
    let guid = '';
    for (let at = offset + 4; at < offset + 20; at++) guid += (bytes[at]! + 0x100).toString(16).slice(1);
    template = { guid, nodes: readBody(start, start + size) };
    context.templates.set(offset, template);
  }
  return { template, inlineBytes: definitionHeaderBytes + size };
}

/** The values of a template instance, from `at` (its value count) up to `end`; and where they end. */
export function templateValues(
  bytes: Uint8Array,
  at: number,
  end: number,
): { values: SubstitutionValue[]; next: number } {
  const count = u32(bytes, at);
  let descriptor = at + 4;
  let value = descriptor + 4 * count;
  if (!(value <= end)) throw new BinXmlDamage(`${count} values do not fit in the record`);
  const values: SubstitutionValue[] = new Array<SubstitutionValue>(count);
  for (let index = 0; index < count; index++, descriptor += 4) {
    const size = u16(bytes, descriptor);
    values[index] = { type: bytes[descriptor + 2]!, offset: value, size };
    value += size;
  }
  if (value > end) throw new BinXmlDamage('the values run past the record');
  return { values, next: value };
}

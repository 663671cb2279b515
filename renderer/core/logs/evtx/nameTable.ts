// The chunk's string table: element and attribute names are written once per chunk, where first
// used, and referred to by their chunk offset afterwards. A name is a 4-byte link (the next name
// in its hash bucket, see the chunk header's common-string offsets), a 2-byte hash, a 2-byte
// length, the UTF-16 characters and a 2-byte NUL.
import { BinXmlDamage, type ChunkContext } from './binXmlNodes';
import { chunkHeaderBytes } from './chunkHeader';
import { u16, utf16 } from './littleEndian';

/** Bytes a name takes where it is written inline (after the token that first uses it). */
export function nameBytes(context: ChunkContext, offset: number): number {
  return 10 + 2 * u16(context.bytes, offset + 6);
}

/** True when a well-formed name lies at `offset`: in the records, with its NUL where its length says. */
export function isNameAt(context: ChunkContext, offset: number): boolean {
  const { bytes } = context;
  if (offset < chunkHeaderBytes || offset + 10 > bytes.length) return false;
  const chars = u16(bytes, offset + 6);
  const end = offset + 8 + 2 * chars;
  return chars > 0 && end + 2 <= bytes.length && u16(bytes, end) === 0;
}

/** The name at `offset`, read once per chunk. */
export function nameAt(context: ChunkContext, offset: number): string {
  const known = context.names.get(offset);
  if (known !== undefined) return known;
  if (!isNameAt(context, offset)) throw new BinXmlDamage(`no name at chunk offset ${offset}`);
  const name = utf16(context.bytes, offset + 8, u16(context.bytes, offset + 6));
  context.names.set(offset, name);
  return name;
}

// The values a record gives its template's substitutions, as text the way Windows' XML view
// writes them: strings, integers, GUIDs ({…} upper-case), SIDs (S-1-5-…), FILETIME and
// SYSTEMTIME (UTC, "Z"), hex integers (0x3e7, not zero-padded), binary as upper-case hex, and
// arrays of any of them joined by ", ". Type codes from the libevtx documentation (value types);
// the formatting agrees with ../shared/tools/evtx2xml.py, which the tests compare against.
import { BinXmlDamage } from './binXmlNodes';
import { u16, u32, utf16 } from './littleEndian';

export const valueType = {
  null: 0x00,
  string: 0x01,
  ansiString: 0x02,
  int8: 0x03,
  uint8: 0x04,
  int16: 0x05,
  uint16: 0x06,
  int32: 0x07,
  uint32: 0x08,
  int64: 0x09,
  uint64: 0x0a,
  float32: 0x0b,
  float64: 0x0c,
  boolean: 0x0d,
  binary: 0x0e,
  guid: 0x0f,
  sizeT: 0x10,
  fileTime: 0x11,
  systemTime: 0x12,
  sid: 0x13,
  hex32: 0x14,
  hex64: 0x15,
  binXml: 0x21,
  /** Added to a type: an array of it. */
  array: 0x80,
} as const;

/** Bytes per item of the fixed-size types (0 for the others), for their checks and their arrays. */
const itemBytes = new Uint8Array(128);
for (const [type, bytes] of [
  [valueType.int8, 1],
  [valueType.uint8, 1],
  [valueType.int16, 2],
  [valueType.uint16, 2],
  [valueType.int32, 4],
  [valueType.uint32, 4],
  [valueType.int64, 8],
  [valueType.uint64, 8],
  [valueType.float32, 4],
  [valueType.float64, 8],
  [valueType.boolean, 4],
  [valueType.guid, 16],
  [valueType.sizeT, 8],
  [valueType.fileTime, 8],
  [valueType.systemTime, 16],
  [valueType.hex32, 4],
  [valueType.hex64, 8],
] as const) {
  itemBytes[type] = bytes;
}

/**
 * The text of the value of `type` in bytes [offset, offset + size), or undefined for no value
 * (type null, or no bytes). Not for BinXml values (type 0x21): those are XML, see xmlRender.ts.
 */
export function valueText(bytes: Uint8Array, type: number, offset: number, size: number): string | undefined {
  if (type === valueType.null || size === 0) return undefined;
  if (offset + size > bytes.length) throw new BinXmlDamage('a value runs past the chunk');
  if ((type & valueType.array) === 0) return scalarText(bytes, type, offset, size);
  const item = type & 0x7f;
  if (item === valueType.string) {
    const parts = utf16(bytes, offset, size >> 1).split('\0');
    if (parts[parts.length - 1] === '') parts.pop();
    return parts.join(', ');
  }
  const width = itemBytes[item]!;
  if (width === 0) return hex(bytes, offset, size);
  const items: string[] = [];
  for (let at = offset; at + width <= offset + size; at += width)
    items.push(scalarText(bytes, item, at, width));
  return items.join(', ');
}

function scalarText(bytes: Uint8Array, type: number, offset: number, size: number): string {
  if (size < (itemBytes[type & 0x7f] ?? 0) && type !== valueType.sizeT) {
    throw new BinXmlDamage(`a value of type 0x${type.toString(16)} has ${size} bytes`);
  }
  switch (type) {
    case valueType.string:
      return trimNuls(utf16(bytes, offset, size >> 1));
    case valueType.ansiString: {
      let text = '';
      for (let at = offset; at < offset + size; at++) text += String.fromCharCode(bytes[at]!);
      return trimNuls(text);
    }
    case valueType.int8:
      return String((bytes[offset]! << 24) >> 24);
    case valueType.uint8:
      return String(bytes[offset]!);
    case valueType.int16:
      return String((u16(bytes, offset) << 16) >> 16);
    case valueType.uint16:
      return String(u16(bytes, offset));
    case valueType.int32:
      return String(u32(bytes, offset) | 0);
    case valueType.uint32:
      return String(u32(bytes, offset));
    case valueType.int64:
      return BigInt.asIntN(64, u64Big(bytes, offset)).toString();
    case valueType.uint64:
      return u64Big(bytes, offset).toString();
    case valueType.float32:
      return pythonFloat(new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getFloat32(0, true));
    case valueType.float64:
      return pythonFloat(new DataView(bytes.buffer, bytes.byteOffset + offset, 8).getFloat64(0, true));
    case valueType.boolean:
      return u32(bytes, offset) === 0 ? 'false' : 'true';
    case valueType.binary:
      return hex(bytes, offset, size);
    case valueType.guid:
      return guidText(bytes, offset);
    case valueType.sizeT:
      return size >= 8 ? `0x${u64Big(bytes, offset).toString(16)}` : `0x${u32(bytes, offset).toString(16)}`;
    case valueType.fileTime:
      return fileTimeText(bytes, offset);
    case valueType.systemTime:
      return systemTimeText(bytes, offset);
    case valueType.sid:
      return sidText(bytes, offset, size);
    case valueType.hex32:
      return `0x${u32(bytes, offset).toString(16)}`;
    case valueType.hex64:
      return `0x${u64Big(bytes, offset).toString(16)}`;
    default:
      // Types Security logs do not use (handles, EvtXml …): their bytes, so nothing is hidden.
      return hex(bytes, offset, size);
  }
}

function trimNuls(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}

function u64Big(bytes: Uint8Array, at: number): bigint {
  return (BigInt(u32(bytes, at + 4)) << 32n) | BigInt(u32(bytes, at));
}

/** "00" … "FF", by byte value. */
const byteHex = Array.from({ length: 256 }, (_, byte) => byte.toString(16).toUpperCase().padStart(2, '0'));

function hex(bytes: Uint8Array, offset: number, size: number): string {
  let text = '';
  for (let at = offset; at < offset + size; at++) text += byteHex[bytes[at]!]!;
  return text;
}

/** "{54849625-5478-4994-A5BA-3E3B0328C30D}": the first three groups are little-endian. */
function guidText(bytes: Uint8Array, at: number): string {
  let text = '{';
  for (let index = 0; index < 16; index++) {
    text += byteHex[bytes[at + guidOrder[index]!]!]!;
    if (index === 3 || index === 5 || index === 7 || index === 9) text += '-';
  }
  return `${text}}`;
}

const guidOrder = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

/** "S-1-5-21-…": revision, a 48-bit big-endian authority, then 32-bit little-endian sub-authorities. */
function sidText(bytes: Uint8Array, at: number, size: number): string {
  const count = bytes[at + 1]!;
  if (size < 8 + 4 * count) throw new BinXmlDamage('a SID shorter than its sub-authorities');
  let authority = 0;
  for (let index = 2; index < 8; index++) authority = authority * 256 + bytes[at + index]!;
  let text = `S-${bytes[at]!}-${authority}`;
  for (let index = 0; index < count; index++) text += `-${u32(bytes, at + 8 + 4 * index)}`;
  return text;
}

/** Seconds between 1601-01-01 (FILETIME's epoch) and 1970-01-01. */
const fileTimeEpochSeconds = 11_644_473_600;

/**
 * "2021-10-23T21:50:11.6665197Z": 100 ns ticks since 1601, all seven digits (an empty text for 0,
 * as Windows writes an unset time). 2^32 ticks = 429 s + 4,967,296 ticks: splitting the high word
 * so keeps every step exact in a double, which the 64-bit value itself is not.
 */
function fileTimeText(bytes: Uint8Array, at: number): string {
  const high = u32(bytes, at + 4);
  const low = u32(bytes, at);
  if (high === 0 && low === 0) return '';
  let seconds: number;
  let ticks: number;
  if (high < 1_800_000_000) {
    const rest = high * 4_967_296 + low;
    ticks = rest % 10_000_000;
    seconds = high * 429 + (rest - ticks) / 10_000_000;
  } else {
    const value = u64Big(bytes, at);
    ticks = Number(value % 10_000_000n);
    seconds = Number(value / 10_000_000n);
  }
  // The events of a chunk share their seconds often: the date is written once for them.
  if (seconds !== lastSeconds) {
    const stamp = new Date((seconds - fileTimeEpochSeconds) * 1000).toISOString();
    lastSeconds = seconds;
    lastStamp = `${stamp.slice(0, stamp.length - 5)}.`;
  }
  return `${lastStamp}${String(ticks).padStart(7, '0')}Z`;
}

let lastSeconds = NaN;
let lastStamp = '';

/** "2021-10-23T21:50:11.666Z": year, month, weekday, day, hour, minute, second, millisecond. */
function systemTimeText(bytes: Uint8Array, at: number): string {
  const year = String(u16(bytes, at)).padStart(4, '0');
  const month = twoDigits(u16(bytes, at + 2));
  const day = twoDigits(u16(bytes, at + 6));
  const time = `${twoDigits(u16(bytes, at + 8))}:${twoDigits(u16(bytes, at + 10))}:${twoDigits(u16(bytes, at + 12))}`;
  return `${year}-${month}-${day}T${time}.${String(u16(bytes, at + 14)).padStart(3, '0')}Z`;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * A float as Python's repr() writes it (the reference converter's form): the shortest digits
 * that read back, "1.0" for whole numbers, an exponent below 1e-4 and from 1e16 on ("1e-05").
 */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'nan' : value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const magnitude = Math.abs(value);
  // JavaScript switches to exponents only below 1e-6 and from 1e21 on: never in this range.
  if (magnitude >= 1e-4 && magnitude < 1e16) {
    const text = String(value);
    return text.includes('.') ? text : `${text}.0`;
  }
  const [digits, exponent] = value.toExponential().split('e') as [string, string];
  return `${digits}e${exponent[0]}${exponent.slice(1).padStart(2, '0')}`;
}

import { describe, expect, it } from 'vitest';
import { pythonFloat, valueText, valueType } from '../../../../../renderer/core/logs/evtx/valueTypes';
import { BinXmlDamage } from '../../../../../renderer/core/logs/evtx/binXmlNodes';

/** The text of one value written at offset 3 of a buffer (values sit anywhere in a chunk). */
function text(type: number, bytes: readonly number[] | Uint8Array): string | undefined {
  const buffer = new Uint8Array(bytes.length + 5);
  buffer.set(bytes, 3);
  return valueText(buffer, type, 3, bytes.length);
}

const utf16 = (value: string) => [...Buffer.from(value, 'utf16le')];
const le = (value: bigint, bytes: number) => {
  const out: number[] = [];
  for (let index = 0; index < bytes; index++) out.push(Number((value >> BigInt(8 * index)) & 0xffn));
  return out;
};

describe('EVTX value types', () => {
  it('reads UTF-16 strings without their trailing NULs, and ANSI strings as Latin-1', () => {
    expect(text(valueType.string, [...utf16('admin-hacker'), 0, 0])).toBe('admin-hacker');
    expect(text(valueType.string, utf16('User32 '))).toBe('User32 '); // trailing spaces are data
    expect(text(valueType.string, utf16('Jürgen <script>'))).toBe('Jürgen <script>');
    expect(text(valueType.ansiString, [0x63, 0x61, 0x66, 0xe9, 0])).toBe('café');
  });

  it('reads signed and unsigned integers of every width, 64-bit ones exactly', () => {
    expect(text(valueType.int8, [0xff])).toBe('-1');
    expect(text(valueType.uint8, [0xff])).toBe('255');
    expect(text(valueType.int16, [0x00, 0x80])).toBe('-32768');
    expect(text(valueType.uint16, [0x39, 0x30])).toBe('12345');
    expect(text(valueType.int32, le(-5n & 0xffffffffn, 4))).toBe('-5');
    expect(text(valueType.uint32, [0xff, 0xff, 0xff, 0xff])).toBe('4294967295');
    expect(text(valueType.uint64, le(18446744073709551615n, 8))).toBe('18446744073709551615');
    expect(text(valueType.int64, le(-9007199254740993n & 0xffffffffffffffffn, 8))).toBe('-9007199254740993');
    expect(text(valueType.uint64, le(237294513n, 8))).toBe('237294513');
  });

  it('writes hex integers as Windows does, without zero padding', () => {
    expect(text(valueType.hex32, le(0x3e7n, 4))).toBe('0x3e7');
    expect(text(valueType.hex32, le(0xc000006dn, 4))).toBe('0xc000006d');
    expect(text(valueType.hex64, le(0x8010000000000000n, 8))).toBe('0x8010000000000000');
    expect(text(valueType.hex64, le(0x308fb82adn, 8))).toBe('0x308fb82ad');
    expect(text(valueType.sizeT, le(0x1310n, 8))).toBe('0x1310');
    expect(text(valueType.sizeT, le(0x1310n, 4))).toBe('0x1310');
  });

  it('writes GUIDs upper-case in braces, the first three groups little-endian', () => {
    const guid = [
      0x25, 0x96, 0x84, 0x54, 0x78, 0x54, 0x94, 0x49, 0xa5, 0xba, 0x3e, 0x3b, 0x03, 0x28, 0xc3, 0x0d,
    ];
    expect(text(valueType.guid, guid)).toBe('{54849625-5478-4994-A5BA-3E3B0328C30D}');
  });

  it('writes SIDs as S-revision-authority-subauthorities', () => {
    const sid = [
      1,
      5,
      0,
      0,
      0,
      0,
      0,
      5,
      ...le(21n, 4),
      ...le(4230534742n, 4),
      ...le(2542757381n, 4),
      ...le(3142984815n, 4),
      ...le(1111n, 4),
    ];
    expect(text(valueType.sid, sid)).toBe('S-1-5-21-4230534742-2542757381-3142984815-1111');
    expect(text(valueType.sid, [1, 1, 0, 0, 0, 0, 0, 5, ...le(18n, 4)])).toBe('S-1-5-18');
    expect(() => text(valueType.sid, [1, 2, 0, 0, 0, 0, 0, 5, 1, 0, 0, 0])).toThrow(BinXmlDamage);
  });

  it('writes FILETIME in UTC with all seven digits, exact although it exceeds 2^53, and 0 as empty', () => {
    // 2021-10-23T21:50:11.6665197Z, from the CC0 4625 sample.
    const ticks =
      BigInt(Date.UTC(2021, 9, 23, 21, 50, 11)) * 10_000n + 11_644_473_600n * 10_000_000n + 6_665_197n;
    expect(text(valueType.fileTime, le(ticks, 8))).toBe('2021-10-23T21:50:11.6665197Z');
    expect(text(valueType.fileTime, le(ticks + 9_999_999n - 6_665_197n, 8))).toBe(
      '2021-10-23T21:50:11.9999999Z',
    );
    expect(text(valueType.fileTime, le(0n, 8))).toBe('');
  });

  it('writes SYSTEMTIME in UTC to the millisecond', () => {
    const fields = [2021, 12, 4, 16, 10, 25, 32, 351];
    expect(
      text(
        valueType.systemTime,
        fields.flatMap((field) => le(BigInt(field), 2)),
      ),
    ).toBe('2021-12-16T10:25:32.351Z');
  });

  it('writes binary as upper-case hex, booleans as true/false, floats as the reference converter does', () => {
    expect(text(valueType.binary, [0x00, 0xab, 0x10])).toBe('00AB10');
    expect(text(valueType.boolean, le(1n, 4))).toBe('true');
    expect(text(valueType.boolean, le(0n, 4))).toBe('false');
    const float = new Uint8Array(new Float32Array([0.5]).buffer);
    expect(text(valueType.float32, float)).toBe('0.5');
    const double = new Uint8Array(new Float64Array([3]).buffer);
    expect(text(valueType.float64, double)).toBe('3.0');
    expect(pythonFloat(1e-5)).toBe('1e-05');
    expect(pythonFloat(1.5e20)).toBe('1.5e+20');
    expect(pythonFloat(0.1)).toBe('0.1');
  });

  it('joins arrays with ", ": strings split at their NULs, fixed-size items one by one', () => {
    expect(text(valueType.string | valueType.array, [...utf16('a'), 0, 0, ...utf16('b c'), 0, 0])).toBe(
      'a, b c',
    );
    expect(text(valueType.uint16 | valueType.array, [1, 0, 2, 0, 3, 0])).toBe('1, 2, 3');
    expect(text(valueType.hex32 | valueType.array, [...le(0x10n, 4), ...le(0xffn, 4)])).toBe('0x10, 0xff');
  });

  it('has no text for a null value or one without bytes, and shows unknown types as their bytes', () => {
    expect(text(valueType.null, [])).toBeUndefined();
    expect(text(valueType.string, [])).toBeUndefined();
    expect(text(0x20, [0xde, 0xad])).toBe('DEAD');
  });

  it('refuses a value shorter than its type or running past the chunk', () => {
    expect(() => text(valueType.fileTime, [1, 2, 3])).toThrow(BinXmlDamage);
    expect(() => valueText(new Uint8Array(4), valueType.uint32, 2, 4)).toThrow(BinXmlDamage);
  });
});

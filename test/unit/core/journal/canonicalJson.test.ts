import { describe, expect, it } from 'vitest';
import {
  canonicalBytes,
  canonicalJson,
  NotCanonicalError,
} from '../../../../renderer/core/journal/canonicalJson';

describe('canonical serialisation of a journal entry', () => {
  it('writes object keys in sorted order whatever order they were given in', () => {
    expect(canonicalJson({ b: 1, a: 2, c: { z: true, y: null } })).toBe(
      '{"a":2,"b":1,"c":{"y":null,"z":true}}',
    );
    expect(canonicalJson({ a: 2, b: 1 })).toBe(canonicalJson({ b: 1, a: 2 }));
  });

  it('sorts keys by UTF-16 code units, so upper case comes before lower case', () => {
    expect(canonicalJson({ b: 1, B: 2, ä: 3, a: 4 })).toBe('{"B":2,"a":4,"b":1,"ä":3}');
  });

  it('leaves out members whose value is undefined, as if they were absent', () => {
    expect(canonicalJson({ a: 1, details: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('refuses values JSON cannot carry instead of writing something else', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(NotCanonicalError);
    expect(() => canonicalJson({ a: Infinity })).toThrow(NotCanonicalError);
    expect(() => canonicalJson([1, undefined])).toThrow(NotCanonicalError);
  });

  it('writes no whitespace, keeps array order and writes -0 as 0', () => {
    expect(canonicalJson([3, 1, 2, -0, 'x y'])).toBe('[3,1,2,0,"x y"]');
  });

  it('escapes quotes and control characters and keeps other characters as they are', () => {
    expect(canonicalJson('a"b\\c\n\u0001\u202eé')).toBe('"a\\"b\\\\c\\n\\u0001\u202eé"');
  });

  it('encodes the text as UTF-8 bytes', () => {
    expect([...canonicalBytes({ k: 'é' })]).toEqual([...new TextEncoder().encode('{"k":"é"}')]);
  });
});

// The one canonical serialisation a journal entry is hashed in. Two machines, two versions of
// the app or a restore from backup must produce the same bytes for the same entry, or the chain
// would break without anyone having tampered with it.
//
// The rules (a subset of RFC 8785, JSON Canonicalization Scheme):
// - objects: keys sorted by UTF-16 code units (plain `<` on strings); a member whose value is
//   `undefined` is left out, exactly as if it were absent;
// - arrays: in their own order; an `undefined` element is refused (JSON would silently write null);
// - strings: JSON.stringify's escaping (quotes, backslash and U+0000–U+001F escaped, lone
//   surrogates as \uXXXX, everything else as is);
// - numbers: finite only, written as JSON.stringify writes them (ECMAScript Number::toString);
//   -0 is written as 0;
// - true, false, null as in JSON; no whitespace anywhere;
// - the resulting text is encoded as UTF-8 before hashing (canonicalBytes).
import { utf8ToBytes } from '@noble/hashes/utils.js';

export type CanonicalValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

export class NotCanonicalError extends Error {
  override name = 'NotCanonicalError';
}

export function canonicalJson(value: CanonicalValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalError(`${value} has no JSON form`);
      return JSON.stringify(value);
    case 'undefined':
      throw new NotCanonicalError('undefined has no JSON form');
    default:
      break;
  }
  if (Array.isArray(value)) {
    const items = value as readonly CanonicalValue[];
    return `[${items.map((item) => canonicalJson(item)).join(',')}]`;
  }
  const record = value as { readonly [key: string]: CanonicalValue };
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

export function canonicalBytes(value: CanonicalValue): Uint8Array {
  return utf8ToBytes(canonicalJson(value));
}

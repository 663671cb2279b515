// Reading EVTX's little-endian fields straight from the bytes. Offsets are checked by the callers
// against the chunk they read (a damaged size must not read past it); a read past the end of the
// array gives undefined → NaN here, which every caller's range check rejects.

export function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/**
 * A 64-bit unsigned field as a number: exact below 2^53, as record and chunk numbers are (values
 * that may be larger — FILETIMEs, 64-bit integers — are read in valueTypes.ts).
 */
export function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at + 4) * 0x1_0000_0000 + u32(bytes, at);
}

/** True when bytes[at …] spells `signature` (ASCII). */
export function hasSignature(bytes: Uint8Array, at: number, signature: string): boolean {
  if (at + signature.length > bytes.length) return false;
  for (let index = 0; index < signature.length; index++) {
    if (bytes[at + index] !== signature.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * `chars` UTF-16LE code units from `at`, as a string. A lone surrogate stays as it is here; it
 * becomes U+FFFD when the text is written out as UTF-8, as Windows' own renderer shows it.
 */
export function utf16(bytes: Uint8Array, at: number, chars: number): string {
  // fromCharCode over a few dozen units is faster than a TextDecoder call; most values are short.
  // Pieces of 4,096 units: a spread of a large array into one call throws (TOOLCHAIN.md).
  let text = '';
  const units: number[] = [];
  for (let index = 0; index < chars; index++) {
    const unit = at + 2 * index;
    units.push(bytes[unit]! | (bytes[unit + 1]! << 8));
    if (units.length === 4096) {
      // eslint-disable-next-line no-restricted-syntax -- at most 4,096 items, by the check above
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  // eslint-disable-next-line no-restricted-syntax -- fewer than 4,096 items left
  return units.length === 0 ? text : text + String.fromCharCode(...units);
}

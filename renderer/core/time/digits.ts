// Digit reading for timestamp parsers: char codes instead of substrings and parseInt, because
// these run for every line of a million-line log. NaN for a non-digit, which then poisons the
// whole computed time and so marks the stamp as unreadable.

export function digit(text: string, index: number): number {
  const value = text.charCodeAt(index) - 48;
  return value >= 0 && value <= 9 ? value : NaN;
}

export function twoDigits(text: string, index: number): number {
  return digit(text, index) * 10 + digit(text, index + 1);
}

/**
 * The number written by the digits text[start, end) (the caller has checked they are digits), as
 * Number(text.slice(start, end)) gives it but without the slice: ports and process ids come on
 * nearly every line. Longer runs go through Number so that rounding stays exactly the same.
 */
export function digitsValue(text: string, start: number, end: number): number {
  if (end - start > 15) return Number(text.slice(start, end));
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + (text.charCodeAt(index) - 48);
  return value;
}

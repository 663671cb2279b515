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

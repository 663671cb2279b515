// Reading one line inside the chunk it arrived in, text[start, end), without cutting it out: the
// parsers' hot paths run these for every line of a million-line log. The built-in searches do not
// fit: text.indexOf(word, from) and text.lastIndexOf(word, from) do not stop at the line's ends,
// so a word missing from the line would be searched for through the rest of the 64 KiB chunk, for
// every such line. The loops below look only at the line, and the words they look for are usually
// a few characters from where they start (the address near the end of a "Failed password" line).

/** text.startsWith(word, at), for a negative `at` too. */
export function startsAt(text: string, at: number, word: string): boolean {
  const from = at < 0 ? 0 : at;
  const length = word.length;
  if (from + length > text.length) return false;
  for (let index = 0; index < length; index++) {
    if (text.charCodeAt(from + index) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/** True when text[start, end) ends with `word` (and is long enough to hold it). */
export function endsAt(text: string, start: number, end: number, word: string): boolean {
  return end - word.length >= start && startsAt(text, end - word.length, word);
}

/** First index ≥ from where `word` starts and ends by `end`, or -1. */
export function indexIn(text: string, word: string, from: number, end: number): number {
  const first = word.charCodeAt(0);
  const last = end - word.length;
  for (let index = from < 0 ? 0 : from; index <= last; index++) {
    if (text.charCodeAt(index) === first && startsAt(text, index, word)) return index;
  }
  return -1;
}

/** Last index ≥ start where `word` starts and ends by `end`, or -1. */
export function lastIndexIn(text: string, word: string, start: number, end: number): number {
  const first = word.charCodeAt(0);
  for (let index = end - word.length; index >= start; index--) {
    if (text.charCodeAt(index) === first && startsAt(text, index, word)) return index;
  }
  return -1;
}

/** First index in [from, end) of the character `code`, or -1. */
export function charIndexIn(text: string, code: number, from: number, end: number): number {
  for (let index = from; index < end; index++) {
    if (text.charCodeAt(index) === code) return index;
  }
  return -1;
}

/** Last index in [start, before] of the character `code`, or -1. */
export function lastCharIndexIn(text: string, code: number, start: number, before: number): number {
  for (let index = before; index >= start; index--) {
    if (text.charCodeAt(index) === code) return index;
  }
  return -1;
}

/** True when text[start, end) is exactly `other`: lets a reader reuse a string it already has. */
export function sameText(text: string, start: number, end: number, other: string): boolean {
  if (end - start !== other.length) return false;
  for (let index = 0; index < other.length; index++) {
    if (text.charCodeAt(start + index) !== other.charCodeAt(index)) return false;
  }
  return true;
}

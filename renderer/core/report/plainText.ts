// Log text is chosen by attackers. In an email or a PDF it is plain text already; what remains
// is to keep it from steering the reader: control characters and bidirectional overrides (which
// can make "toor" read as "root", or hide text) become a visible "?".
// eslint-disable-next-line no-control-regex
const unsafeCharacters = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function plainText(text: string): string {
  return text.replace(unsafeCharacters, '?');
}

/** "root, admin, [user-1] and 6 more". */
export function listWithMore(items: readonly string[], shown: number): string {
  if (items.length === 0) return 'none';
  const head = items.slice(0, shown);
  const more = items.length - head.length;
  if (more > 0) return `${head.join(', ')} and ${more} more`;
  if (head.length === 1) return head[0] ?? '';
  return `${head.slice(0, -1).join(', ')} and ${head[head.length - 1]}`;
}

export const countText = (value: number): string => value.toLocaleString('en-US');

export const pluralText = (value: number, one: string, many: string): string =>
  `${countText(value)} ${value === 1 ? one : many}`;

// Long hexadecimal strings (SHA-256 fingerprints, the journal's hashes, signatures) in a printed
// page: a PDF line breaks only at spaces, so a 64-character hash ran off the page's edge. Printed
// in groups of eight, as key fingerprints are, they wrap between groups and are easier to compare.

const longHex = /\b[0-9a-f]{24,}\b/gi;

/** "1e491272 7fa88245 …": the hex string in groups of `size`, separated by single spaces. */
export function hexGroups(hex: string, size = 8): string {
  const groups: string[] = [];
  for (let at = 0; at < hex.length; at += size) groups.push(hex.slice(at, at + size));
  return groups.join(' ');
}

/** The text with every hexadecimal run of 24 characters or more grouped, so it can wrap. */
export function groupLongHex(text: string): string {
  return text.replace(longHex, (run) => hexGroups(run));
}

// Port-43 WHOIS answers as blocks of "key: value" lines, the shape all five registries share
// (RPSL for RIPE, APNIC and AFRINIC; ARIN's and LACNIC's own keys, same layout).

export type WhoisBlock = { pairs: { key: string; value: string }[] };

export type WhoisText = {
  blocks: WhoisBlock[];
  /** Comment lines ("% …", "# …"): RIPE states the abuse contact in one. */
  comments: string[];
};

export function readWhoisText(text: string): WhoisText {
  const blocks: WhoisBlock[] = [];
  const comments: string[] = [];
  let current: WhoisBlock = { pairs: [] };
  const close = () => {
    if (current.pairs.length > 0) blocks.push(current);
    current = { pairs: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      close();
      continue;
    }
    if (/^\s*[%#]/.test(line)) {
      comments.push(line.replace(/^\s*[%#]\s?/, ''));
      continue;
    }
    const pair = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
    if (pair?.[1] !== undefined && pair[2] !== undefined) {
      current.pairs.push({ key: pair[1].toLowerCase(), value: pair[2].trim() });
    } else {
      // RPSL continuation line (leading space or "+"): belongs to the previous value.
      const last = current.pairs.at(-1);
      if (last) last.value = `${last.value} ${line.replace(/^\s*\+?/, '').trim()}`.trim();
    }
  }
  close();
  return { blocks, comments };
}

export const valuesOf = (block: WhoisBlock, ...keys: string[]): string[] => valuesIn(block, keys);

const valuesIn = (block: WhoisBlock, keys: readonly string[]): string[] =>
  block.pairs.filter((pair) => keys.includes(pair.key) && pair.value !== '').map((pair) => pair.value);

export const firstValue = (block: WhoisBlock, ...keys: string[]): string | null =>
  valuesIn(block, keys)[0] ?? null;

export const allValues = (whois: WhoisText, ...keys: string[]): string[] =>
  whois.blocks.flatMap((block) => valuesIn(block, keys));

// The order files are imported in: oldest first, so logrotate's auth.log.4.gz … auth.log.1,
// auth.log come in the order they were written (a December → January rollover then reads right,
// and the evidence list reads like the story).

/** logrotate's number: "auth.log.3.gz" → 3, "auth.log.1" → 1, "auth.log" → 0; dated names sort by name. */
function rotation(name: string): { base: string; number: number } {
  const match = /^(.*?)\.(\d{1,3})(?:\.gz)?$/.exec(name);
  if (match) return { base: match[1]!, number: Number(match[2]) };
  return { base: name.replace(/\.gz$/, ''), number: 0 };
}

export function orderForImport<T extends { name: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => {
    const left = rotation(a.name);
    const right = rotation(b.name);
    if (left.base !== right.base) return left.base < right.base ? -1 : 1;
    if (left.number !== right.number) return right.number - left.number; // higher = older
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

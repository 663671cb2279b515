// How numbers, sizes and times are written for the person. Times always say their zone.
const counts = new Intl.NumberFormat('en-US');

export const formatCount = (value: number): string => counts.format(value);

/** "1 address", "3 addresses". */
export function plural(value: number, one: string, many: string): string {
  return `${formatCount(value)} ${value === 1 ? one : many}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "2026-11-20 10:14:22 UTC": sortable, unambiguous, and what abuse desks want. */
export function formatUtc(time: number): string {
  if (!Number.isFinite(time)) return 'unknown time';
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatPercent(part: number, whole: number): string {
  return whole > 0 ? `${Math.floor((part / whole) * 100)}%` : '0%';
}

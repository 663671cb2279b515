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

/**
 * "2025-12-10 07:55:46 CET": a time in the office's zone ("Your details"), for the screens; UTC
 * (formatUtc) when no zone is set or it is UTC. The e-mails keep UTC, which abuse desks use.
 */
export function formatOfficeTime(time: number, officeZone: string): string {
  if (officeZone === '' || officeZone === 'UTC' || !Number.isFinite(time)) return formatUtc(time);
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: officeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }).formatToParts(time);
    const part = (type: Intl.DateTimeFormatPartTypes) =>
      parts.find((each) => each.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')} ${part('timeZoneName')}`;
  } catch {
    return formatUtc(time);
  }
}

export function formatPercent(part: number, whole: number): string {
  return whole > 0 ? `${Math.floor((part / whole) * 100)}%` : '0%';
}

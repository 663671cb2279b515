// How reports write times. Abuse desks map a time to the customer who held the address then, so
// every time says its zone; UTC always, the office's local time beside it for the manager.

const pad = (value: number) => String(value).padStart(2, '0');

/** "2026-11-19 22:06:26 UTC". */
export function utcStamp(time: number): string {
  if (!Number.isFinite(time)) return 'unknown time';
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** "2026-11-19 23:06:26 Europe/Berlin (UTC+01:00)"; falls back to UTC for an unknown zone. */
export function localStamp(time: number, timeZone: string): string {
  if (!Number.isFinite(time)) return 'unknown time';
  const zone = timeZone.trim() === '' ? 'UTC' : timeZone;
  if (zone === 'UTC' || zone === 'Etc/UTC') return utcStamp(time);
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(time));
  } catch {
    return utcStamp(time);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  const wall = Date.UTC(
    Number(part('year')),
    Number(part('month')) - 1,
    Number(part('day')),
    Number(part('hour')),
    Number(part('minute')),
    Number(part('second')),
  );
  const offsetMinutes = Math.round((wall - Math.floor(time / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `UTC${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')} ${zone} (${offset})`;
}

export type AttackWindow = { first: number; last: number };

/** "from 2026-11-19 22:06:26 UTC to 2026-11-20 03:12:09 UTC". */
export function utcWindow({ first, last }: AttackWindow): string {
  return `from ${utcStamp(first)} to ${utcStamp(last)}`;
}

export function localWindow({ first, last }: AttackWindow, timeZone: string): string {
  return `from ${localStamp(first, timeZone)} to ${localStamp(last, timeZone)}`;
}

/** "5 hours 6 minutes": how long the attack went on, for the first sentence. */
export function durationText(milliseconds: number): string {
  const minutes = Math.max(0, Math.round(milliseconds / 60_000));
  if (minutes < 1) return 'less than a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} ${days === 1 ? 'day' : 'days'}`);
  if (hours > 0) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest > 0 && days === 0) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/** "2026-11-21": for file names. */
export function dateForFileName(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

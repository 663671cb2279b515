// "At an unusual hour for this user", judged from the user's other logins in the same evidence:
// an office that works 08:00–18:00 shows it in its own logs, no configuration needed.
import type { Login } from './attackSource';
import { formatClock, plural } from './words';

/** Hour of the day in UTC, with minutes as a fraction (03:30 → 3.5). */
export function hourOfDay(time: number): number {
  const date = new Date(time);
  return date.getUTCHours() + date.getUTCMinutes() / 60;
}

/** Hours between two times of day, around midnight (23:00 and 01:00 are 2 hours apart). */
function hoursApart(a: number, b: number): number {
  const distance = Math.abs(a - b) % 24;
  return Math.min(distance, 24 - distance);
}

export function unusualHourReason(
  login: Pick<Login, 'time' | 'user'>,
  otherHours: readonly number[],
  thresholds: { unusualHourMinLogins: number; unusualHourDistance: number },
): string | undefined {
  if (otherHours.length < thresholds.unusualHourMinLogins || otherHours.length === 0) return undefined;
  const hour = hourOfDay(login.time);
  const nearest = Math.min(...otherHours.map((other) => hoursApart(hour, other)));
  if (nearest < thresholds.unusualHourDistance) return undefined;
  const earliest = Math.min(...otherHours);
  const latest = Math.max(...otherHours);
  const clock = (value: number) =>
    formatClock(Date.UTC(2000, 0, 1, Math.floor(value), Math.round((value % 1) * 60)));
  return (
    `"${login.user}" otherwise logs in between ${clock(earliest)} and ${clock(latest)} UTC ` +
    `(${plural(otherHours.length, 'other login', 'other logins')}); this one was at ${formatClock(login.time)} UTC.`
  );
}

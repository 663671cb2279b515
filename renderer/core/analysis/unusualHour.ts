// "At an unusual hour for this user", judged from the user's other logins in the same evidence:
// an office that works 08:00–18:00 shows it in its own logs, no configuration needed.
import type { Login } from './attackSource';
import { formatClock, plural } from './words';

const minutesPerDay = 24 * 60;

/**
 * When one user logs in, as a count per minute of the (UTC) day. Built once per case: a Windows
 * file server writes thousands of logons for one account, and comparing each with every other
 * one would grow with the square of their number.
 */
export type LoginClock = { perMinute: Uint32Array; total: number };

export function loginClocksByUser(logins: readonly Pick<Login, 'time' | 'user'>[]): Map<string, LoginClock> {
  const clocks = new Map<string, LoginClock>();
  for (const login of logins) {
    let clock = clocks.get(login.user);
    if (!clock) clocks.set(login.user, (clock = { perMinute: new Uint32Array(minutesPerDay), total: 0 }));
    const minute = minuteOfDay(login.time);
    clock.perMinute[minute] = (clock.perMinute[minute] ?? 0) + 1;
    clock.total += 1;
  }
  return clocks;
}

/** Minute of the day in UTC (03:30 → 210); seconds do not matter for "an unusual hour". */
function minuteOfDay(time: number): number {
  const date = new Date(time);
  return date.getUTCHours() * 60 + date.getUTCMinutes();
}

/**
 * The reason a login is at an unusual hour, or undefined. `clock` holds all of the user's logins,
 * this one included: it is left out here, so the login is compared with the others only.
 */
export function unusualHourReason(
  login: Pick<Login, 'time' | 'user'>,
  clock: LoginClock,
  thresholds: { unusualHourMinLogins: number; unusualHourDistance: number },
): string | undefined {
  const others = clock.total - 1;
  if (others < thresholds.unusualHourMinLogins || others <= 0) return undefined;
  const own = minuteOfDay(login.time);
  const othersAt = (minute: number) => (clock.perMinute[minute] ?? 0) - (minute === own ? 1 : 0);

  // Nearest other login, going both ways round the clock (23:00 and 01:00 are 2 hours apart).
  let nearest = minutesPerDay;
  for (let distance = 0; distance <= minutesPerDay / 2 && nearest === minutesPerDay; distance++) {
    const before = (own - distance + minutesPerDay) % minutesPerDay;
    const after = (own + distance) % minutesPerDay;
    if (othersAt(before) > 0 || othersAt(after) > 0) nearest = distance;
  }
  if (nearest / 60 < thresholds.unusualHourDistance) return undefined;

  let earliest = -1;
  let latest = -1;
  for (let minute = 0; minute < minutesPerDay; minute++) {
    if (othersAt(minute) === 0) continue;
    if (earliest < 0) earliest = minute;
    latest = minute;
  }
  const clockText = (minute: number) =>
    formatClock(Date.UTC(2000, 0, 1, Math.floor(minute / 60), minute % 60));
  return (
    `"${login.user}" otherwise logs in between ${clockText(earliest)} and ${clockText(latest)} UTC ` +
    `(${plural(others, 'other login', 'other logins')}); this one was at ${formatClock(login.time)} UTC.`
  );
}

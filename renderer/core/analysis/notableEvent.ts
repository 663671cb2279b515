// A rare event kept one by one (a login, a session, a ban, a sudo command), with its log line so
// the Logins step can show what a session did and a verdict can quote the lines it rests on.
import type { AuthEvent } from '../logs/authEvent';

export type NotableEvent = AuthEvent & { text?: string };

/** Long enough for any real log line; a hostile megabyte-long line is not kept whole. */
export const notableTextLimit = 2_000;

/**
 * An event kept one by one although its kind is tallied: an account change, what a logged-on user
 * did (privileges, explicit credentials), a cleared log. Each is rare, and each may be what a
 * report must quote.
 */
export function isKeptOneByOne(event: AuthEvent): boolean {
  return (
    event.accountChange !== undefined || event.actionByUser !== undefined || event.logCleared !== undefined
  );
}

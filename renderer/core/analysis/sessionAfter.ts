// What a login's session did next, from the same logs: when it opened and closed, what ran with
// sudo or su, accounts and keys that changed, privileges and credentials a Windows logon used,
// logs that were cleared, and whether the address came back. Linked by the
// server's process id where the log has one, else by user name and time.
import type { Login } from './attackSource';
import type { NotableEvent } from './notableEvent';

export type SessionStory = {
  opened?: NotableEvent;
  closed?: NotableEvent;
  /** Milliseconds between login and close, when the close was found. */
  durationMs?: number;
  /** sudo, su, new users, password or key changes … in the session, oldest first. */
  actions: NotableEvent[];
  /** Later successful logins from the same address. */
  laterLogins: Login[];
  /** How far actions were looked for when no close was found (ms after the login). */
  searchedUntil: number;
};

/** Without a close line, actions are looked for this long after the login. */
export const openSessionSearchMs = 6 * 3_600_000;
/** A session line belongs to a login only when it follows it this closely. */
const sessionOpenSlackMs = 10_000;

const sessionKinds = new Set(['session-open', 'session-close']);
const notActions = new Set([
  'success',
  'auth-failure',
  'invalid-user',
  'probe',
  'refused',
  'other',
  'ban',
  'unban',
]);

export function sessionAfter(
  login: Login,
  events: readonly NotableEvent[],
  logins: readonly Login[],
): SessionStory {
  const sameSession = (event: NotableEvent) =>
    login.pid !== undefined && event.pid !== undefined ? event.pid === login.pid : event.user === login.user;
  const opened = events.find(
    (event) =>
      event.kind === 'session-open' &&
      event.service === login.service &&
      event.time >= login.time &&
      event.time <= login.time + sessionOpenSlackMs &&
      sameSession(event),
  );
  const closed = events.find(
    (event) =>
      event.kind === 'session-close' &&
      event.service === login.service &&
      event.time >= login.time &&
      sameSession(event) &&
      (opened === undefined || event !== opened),
  );
  const until = closed ? closed.time : login.time + openSessionSearchMs;
  const actions = events.filter((event) => {
    if (event.time < login.time || event.time > until || event === opened || event === closed) return false;
    // A cleared log and a new account or changed password count whoever the log says did it:
    // that is how an intruder hides and stays.
    if (event.logCleared !== undefined || event.accountChange !== undefined) return true;
    // Privileges and borrowed credentials (Windows 4672, 4648) count when this user's.
    if (event.actionByUser !== undefined) return sameAccount(event.user, login.user);
    return (
      !notActions.has(event.kind) &&
      !(sessionKinds.has(event.kind) && event.service === login.service) &&
      // sudo and su sessions count when this user opened them.
      (!sessionKinds.has(event.kind) || byThisUser(event, login.user))
    );
  });
  const laterLogins = logins.filter(
    (other) => other !== login && other.ip !== undefined && other.ip === login.ip && other.time > login.time,
  );
  return {
    opened,
    closed,
    durationMs: closed ? closed.time - login.time : undefined,
    actions: actions.sort((a, b) => a.time - b.time),
    laterLogins,
    searchedUntil: until,
  };
}

/** Windows writes account names in any case ("Administrator", "administrator"). */
function sameAccount(a: string | undefined, b: string): boolean {
  return a !== undefined && b !== '' && a.toLowerCase() === b.toLowerCase();
}

/** sudo and su write the invoking user inside the line ("… by admin(uid=1004)", "admin : TTY=…"). */
function byThisUser(event: NotableEvent, user: string): boolean {
  if (user === '') return false;
  if (event.user === user) return true;
  const text = event.text ?? '';
  return text.includes(` by ${user}(`) || text.includes(`: ${user} : `) || text.includes(`:      ${user} : `);
}

/** "4 minutes", "2 hours 5 minutes", "12 seconds". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}${rest > 0 ? ` ${rest} ${rest === 1 ? 'minute' : 'minutes'}` : ''}`;
}

// Adds up one file's events per source address while the file streams past, so nothing per line
// has to be kept. Events without an address (session lines) only matter as logins.
import type { AuthEvent } from '../logs/authEvent';
import type { AttackSource, Login, PriorFailures } from './attackSource';
import { addressScope } from '../net/addressScope';
import { detachText } from '../text/detachText';
import { compareAttackSources, sortedUserCounts } from './attackOrder';
import { flagLogins } from './loginFlags';
import { createTimelineCounter, type AttemptTimeline } from './attemptTimeline';
import { createAnnouncementPairing } from './announcementPairing';

// Callers think of the whole analysis step as "the tally": offer its siblings from here too.
export { flagLogins } from './loginFlags';
export { mergeAttackSources } from './mergeAttackSources';

/** One user name tried from one address. */
type UserTally = {
  /** Attempts from "Failed … for U" lines. */
  failed: number;
  /** "Invalid user U" lines. */
  announced: number;
  /** The address's login count when U was last tried: tried since its last login if current. */
  triedInEpoch: number;
};

type SourceTally = {
  ip: string;
  failures: number;
  invalidUsers: number;
  refused: number;
  probes: number;
  successes: number;
  users: Map<string, UserTally>;
  /** "Invalid user U" announcements followed by a password tried for U in the same connection. */
  answeredAnnouncements: number;
  services: string[];
  firstSeen: number;
  lastSeen: number;
  // What the address failed before each of its logins: a colleague who mistypes once and then
  // logs in differs from a brute-force success only in this order of events, which totals
  // cannot show. Kept here, not in a map of its own, so an event costs one address lookup.
  /** Successful logins so far: user names tried in this epoch were tried since the last one. */
  loginEpoch: number;
  failuresSinceLastLogin: number;
  usersSinceLastLogin: number;
};

export type AttackTally = {
  /** `text` is the event's log line; logins keep a copy so a verdict can quote it. */
  add(event: AuthEvent, text?: string): void;
  /** Sources, most attempts first. */
  attackSources(): AttackSource[];
  /** Successful logins in file order, flagged against this file's sources. */
  logins(): Login[];
  /** Attempts per minute; logStart/logEnd are the first and last event's times. */
  timeline(): AttemptTimeline;
};

export function createAttackTally(file: string): AttackTally {
  const tallies = new Map<string, SourceTally>();
  const logins: Login[] = [];
  const timeline = createTimelineCounter();
  const announcements = createAnnouncementPairing(false);

  // An attack comes in runs from one address: the same source as the last event needs no lookup.
  let lastIp: string | undefined;
  let lastTally: SourceTally | undefined;

  function tallyOf(ip: string, time: number): SourceTally {
    if (ip === lastIp && lastTally !== undefined) return lastTally;
    let tally = tallies.get(ip);
    if (tally === undefined) {
      const ownIp = detachText(ip);
      tally = {
        ip: ownIp,
        failures: 0,
        invalidUsers: 0,
        refused: 0,
        probes: 0,
        successes: 0,
        users: new Map(),
        answeredAnnouncements: 0,
        services: [],
        firstSeen: time,
        lastSeen: time,
        loginEpoch: 0,
        failuresSinceLastLogin: 0,
        usersSinceLastLogin: 0,
      };
      tallies.set(ownIp, tally);
    }
    lastIp = tally.ip;
    lastTally = tally;
    return tally;
  }

  function attackSources(): AttackSource[] {
    return [...tallies.values()].map(attackSourceOf).sort(compareAttackSources);
  }

  return {
    add(event, text) {
      timeline.add(event);
      // Only attempts make a source: a disconnect, a session line or a ban says nothing new about
      // an address, and a legitimate user's logout must not list their address as an attacker.
      if (event.ip === undefined) {
        if (event.kind === 'success') logins.push(loginOf(event, file, text));
        return;
      }
      switch (event.kind) {
        case 'auth-failure':
        case 'invalid-user':
        case 'refused':
        case 'probe':
        case 'success':
          break;
        default:
          return;
      }
      const tally = tallyOf(event.ip, event.time);
      if (event.time < tally.firstSeen) tally.firstSeen = event.time;
      if (event.time > tally.lastSeen) tally.lastSeen = event.time;
      if (tally.services[0] !== event.service && !tally.services.includes(event.service)) {
        tally.services.push(event.service);
      }
      switch (event.kind) {
        case 'auth-failure': {
          tally.failures += event.count;
          tally.failuresSinceLastLogin += event.count;
          const user = triedUser(tally, event.user);
          if (user !== undefined) user.failed += event.count;
          if (announcements.answer(event)) tally.answeredAnnouncements += 1;
          break;
        }
        case 'invalid-user': {
          tally.invalidUsers += event.count;
          const user = triedUser(tally, event.user);
          if (user !== undefined) user.announced += event.count;
          announcements.announce(event);
          break;
        }
        case 'refused':
          tally.refused += event.count;
          break;
        case 'probe':
          tally.probes += event.count;
          break;
        default: // success
          logins.push(loginOf(event, file, text, priorFailuresOf(tally, event.user)));
          tally.successes += event.count;
          tally.loginEpoch += 1;
          tally.failuresSinceLastLogin = 0;
          tally.usersSinceLastLogin = 0;
          break;
      }
    },
    attackSources,
    logins: () => flagLogins(logins, attackSources()),
    timeline: () => timeline.timeline(),
  };
}

/** The record of a user name tried from the address (none for an event without a name). */
function triedUser(tally: SourceTally, name: string | undefined): UserTally | undefined {
  if (name === undefined) return undefined;
  let user = tally.users.get(name);
  if (user === undefined) {
    user = { failed: 0, announced: 0, triedInEpoch: -1 };
    tally.users.set(detachText(name), user);
  }
  if (user.triedInEpoch !== tally.loginEpoch) {
    user.triedInEpoch = tally.loginEpoch;
    tally.usersSinceLastLogin += 1;
  }
  return user;
}

/** What the address failed before a login as `name` (read before the login resets it). */
function priorFailuresOf(tally: SourceTally, name: string | undefined): PriorFailures {
  const triedName = name !== undefined && tally.users.get(name)?.triedInEpoch === tally.loginEpoch;
  return {
    total: tally.failures,
    sinceLastLogin: tally.failuresSinceLastLogin,
    otherUsersSinceLastLogin: tally.usersSinceLastLogin - (triedName ? 1 : 0),
  };
}

/**
 * sshd announces a missing account once per connection ("Invalid user U from …") and then logs
 * every password tried for it ("Failed password for invalid user U …"): adding both would count
 * one guess twice. A name's count is therefore the larger of the two, so a name the attacker
 * only announced, without trying a password, still shows up once.
 */
function attackSourceOf(tally: SourceTally): AttackSource {
  const users = new Map<string, number>();
  for (const [name, user] of tally.users) users.set(name, Math.max(user.failed, user.announced));
  return {
    ip: tally.ip,
    scope: addressScope(tally.ip),
    failures: tally.failures,
    invalidUsers: tally.invalidUsers,
    guessesWithoutPassword: Math.max(0, tally.invalidUsers - tally.answeredAnnouncements),
    refused: tally.refused,
    probes: tally.probes,
    successes: tally.successes,
    users: sortedUserCounts(users),
    services: [...tally.services],
    firstSeen: tally.firstSeen,
    lastSeen: tally.lastSeen,
  };
}

/** Long enough for any real log line; a hostile megabyte-long line is not kept whole. */
const loginTextLimit = 2_000;

function loginOf(
  event: AuthEvent,
  file: string,
  text: string | undefined,
  priorFailures: PriorFailures = { total: 0, sinceLastLogin: 0, otherUsersSinceLastLogin: 0 },
): Login {
  // Windows formats may add a logon type to their events; read it without requiring it.
  const { logonType, pid } = event as AuthEvent & { logonType?: unknown; pid?: unknown };
  return {
    time: event.time,
    user: detachText(event.user ?? ''),
    ip: event.ip === undefined ? undefined : detachText(event.ip),
    method: event.method === undefined ? undefined : detachText(event.method),
    service: event.service,
    file,
    line: event.line,
    flags: [],
    ...(text === undefined ? {} : { text: detachText(text.slice(0, loginTextLimit)) }),
    ...(typeof logonType === 'number' ? { logonType } : {}),
    ...(typeof pid === 'number' && pid > 0 ? { pid } : {}),
    priorFailures,
  };
}

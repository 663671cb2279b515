// Adds up one file's events per source address while the file streams past, so nothing per line
// has to be kept. Events without an address (session lines) only matter as logins.
import type { AuthEvent, EventKind } from '../logs/authEvent';
import { createNameBook, type NameBook } from '../logs/nameBook';
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
  /** By the user name's number in the tally's book of names. */
  users: Map<number, UserTally>;
  /** "Invalid user U" announcements followed by a password tried for U in the same connection. */
  answeredAnnouncements: number;
  services: string[];
  /** Host names the address was also given (sshd with UseDNS), by number. */
  hostNames: number[];
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

/** No address or no user name (see countAt). */
const none = -1;

export type AttackTally = {
  /** `text` is the event's log line; logins keep a copy so a verdict can quote it. */
  add(event: AuthEvent, text?: string): void;
  /**
   * add() for an event that is not a login, given by numbers from `books` (the sshd reader
   * passes most events so: no strings, no event object). `ip`, `user` and `hostName` are -1 for
   * none, `pid` is -1 for none.
   */
  countAt(
    kind: EventKind,
    ip: number,
    user: number,
    time: number,
    count: number,
    pid: number,
    service: string,
    hostName: number,
  ): void;
  /** The books the numbers of countAt are from. */
  books: { addresses: NameBook; users: NameBook };
  /** Sources, most attempts first. */
  attackSources(): AttackSource[];
  /** Successful logins in file order, flagged against this file's sources. */
  logins(): Login[];
  /** Attempts per minute; logStart/logEnd are the first and last event's times. */
  timeline(): AttemptTimeline;
};

export function createAttackTally(file: string): AttackTally {
  const addresses = createNameBook();
  const users = createNameBook();
  // By the address's number: an array index, not a Map lookup.
  const tallies: (SourceTally | undefined)[] = [];
  const logins: Login[] = [];
  const timeline = createTimelineCounter();
  const announcements = createAnnouncementPairing(false);

  function tallyOf(ip: number, time: number): SourceTally {
    let tally = tallies[ip];
    if (tally === undefined) {
      while (tallies.length < ip) tallies.push(undefined); // keeps the array packed
      tally = {
        ip: addresses.nameOf(ip),
        failures: 0,
        invalidUsers: 0,
        refused: 0,
        probes: 0,
        successes: 0,
        users: new Map(),
        answeredAnnouncements: 0,
        services: [],
        hostNames: [],
        firstSeen: time,
        lastSeen: time,
        loginEpoch: 0,
        failuresSinceLastLogin: 0,
        usersSinceLastLogin: 0,
      };
      tallies[ip] = tally;
    }
    return tally;
  }

  function attackSources(): AttackSource[] {
    const sources: AttackSource[] = [];
    for (const tally of tallies)
      if (tally !== undefined) sources.push(attackSourceOf(tally, users, addresses));
    return sources.sort(compareAttackSources);
  }

  const countAt: AttackTally['countAt'] = (kind, ip, user, time, count, pid, service, hostName) => {
    timeline.addAt(kind, time, count);
    // Only attempts make a source: a disconnect, a session line or a ban says nothing new about
    // an address, and a legitimate user's logout must not list their address as an attacker.
    if (ip === none) return;
    switch (kind) {
      case 'auth-failure':
      case 'invalid-user':
      case 'refused':
      case 'probe':
        break;
      default:
        return;
    }
    const tally = seen(tallyOf(ip, time), time, service);
    if (hostName !== none && !tally.hostNames.includes(hostName) && tally.hostNames.length < 8) {
      tally.hostNames.push(hostName);
    }
    switch (kind) {
      case 'auth-failure': {
        tally.failures += count;
        tally.failuresSinceLastLogin += count;
        if (user !== none) triedUser(tally, user).failed += count;
        if (announcements.answerAt(pid, ip, user)) tally.answeredAnnouncements += 1;
        break;
      }
      case 'invalid-user': {
        tally.invalidUsers += count;
        if (user !== none) triedUser(tally, user).announced += count;
        announcements.announceAt(pid, ip, user);
        break;
      }
      case 'refused':
        tally.refused += count;
        break;
      default: // probe
        tally.probes += count;
        break;
    }
  };

  return {
    add(event, text) {
      const ip = event.ip === undefined ? none : addresses.idOf(event.ip);
      const user = event.user === undefined ? none : users.idOf(event.user);
      const hostName = event.hostName === undefined ? none : addresses.idOf(event.hostName);
      if (event.kind !== 'success') {
        countAt(event.kind, ip, user, event.time, event.count, event.pid ?? none, event.service, hostName);
        return;
      }
      timeline.addAt(event.kind, event.time, event.count);
      if (ip === none) {
        logins.push(loginOf(event, file, text));
        return;
      }
      const tally = seen(tallyOf(ip, event.time), event.time, event.service);
      logins.push(loginOf(event, file, text, priorFailuresOf(tally, user)));
      tally.successes += event.count;
      tally.loginEpoch += 1;
      tally.failuresSinceLastLogin = 0;
      tally.usersSinceLastLogin = 0;
    },
    countAt,
    books: { addresses, users },
    attackSources,
    logins: () => flagLogins(logins, attackSources()),
    timeline: () => timeline.timeline(),
  };
}

/** The source with an event at `time` from `service` counted in its time span and services. */
function seen(tally: SourceTally, time: number, service: string): SourceTally {
  if (time < tally.firstSeen) tally.firstSeen = time;
  if (time > tally.lastSeen) tally.lastSeen = time;
  if (tally.services[0] !== service && !tally.services.includes(service)) tally.services.push(service);
  return tally;
}

/** The record of the user name numbered `user`, tried from the address. */
function triedUser(tally: SourceTally, name: number): UserTally {
  let user = tally.users.get(name);
  if (user === undefined) {
    user = { failed: 0, announced: 0, triedInEpoch: -1 };
    tally.users.set(name, user);
  }
  if (user.triedInEpoch !== tally.loginEpoch) {
    user.triedInEpoch = tally.loginEpoch;
    tally.usersSinceLastLogin += 1;
  }
  return user;
}

/** What the address failed before a login as `name` (read before the login resets it). */
function priorFailuresOf(tally: SourceTally, name: number): PriorFailures {
  const triedName = name !== none && tally.users.get(name)?.triedInEpoch === tally.loginEpoch;
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
function attackSourceOf(tally: SourceTally, names: NameBook, addresses: NameBook): AttackSource {
  const users = new Map<string, number>();
  for (const [name, user] of tally.users)
    users.set(names.nameOf(name), Math.max(user.failed, user.announced));
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
    ...(tally.hostNames.length > 0 ? { hostNames: tally.hostNames.map((id) => addresses.nameOf(id)) } : {}),
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
    ...(event.recordId === undefined ? {} : { recordId: event.recordId }),
    ...(typeof pid === 'number' && pid > 0 ? { pid } : {}),
    priorFailures,
  };
}

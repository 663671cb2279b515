// Adds up one file's events per source address while the file streams past, so nothing per line
// has to be kept. Events without an address (session lines) only matter as logins.
import type { AuthEvent, EventKind } from '../logs/authEvent';
import { createNameBook, type NameBook } from '../logs/nameBook';
import type { AttackSource, Login, PriorFailures, UserCount } from './attackSource';
import { addressScope } from '../net/addressScope';
import { detachText } from '../text/detachText';
import { compareAttackSources, compareUserCounts } from './attackOrder';
import { flagLogins } from './loginFlags';
import { createTimelineCounter, type AttemptTimeline } from './attemptTimeline';
import { createAnnouncementPairing } from './announcementPairing';
import { createConnectionRefusals } from './connectionRefusals';
import {
  addTriedUser,
  announcedAt,
  epochAt,
  failedAt,
  findTriedUser,
  forEachTriedUser,
  triedUserCount,
  type TriedUsers,
} from './triedUsers';

// Callers think of the whole analysis step as "the tally": offer its siblings from here too.
export { flagLogins } from './loginFlags';
export { mergeAttackSources } from './mergeAttackSources';

/**
 * Per address. The user names it tried are in `users` (see triedUsers.ts): for each, attempts
 * from "Failed … for U" lines, "Invalid user U" lines, and the address's login count when U was
 * last tried (tried since its last login if current).
 */
type SourceTally = TriedUsers & {
  ip: string;
  failures: number;
  /** Of the failures, those with a password (see isPasswordTried). */
  passwordFailures: number;
  invalidUsers: number;
  refused: number;
  /** Refusals that were all their connection got (see connectionRefusals.ts). */
  refusalsAlone: number;
  probes: number;
  successes: number;
  /** "Invalid user U" announcements followed by a password tried for U in the same connection. */
  answeredAnnouncements: number;
  services: string[];
  /** Host names the address was also given (sshd with UseDNS), by number; most have none. */
  hostNames: number[] | undefined;
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
    method: string | undefined,
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
  const refusals = createConnectionRefusals();

  /**
   * An attempt by `pid` from `ip`: a refusal of that connection is no longer one of its own.
   * Returns 1 when such a refusal stopped counting (the timeline then moves it to this attempt).
   */
  function notAlone(pid: number, ip: number): number {
    const refusedIp = refusals.attempt(pid, ip);
    if (refusedIp === none) return 0;
    const refused = tallies[refusedIp];
    if (refused === undefined || refused.refusalsAlone === 0) return 0;
    refused.refusalsAlone -= 1;
    return 1;
  }
  // A backup job's million logins share one user name, address and method: the books' copies,
  // not a copy each (that was a fifth of the memory of a million logins).
  const methods = createNameBook();
  const methodOf = (method: string) => methods.nameOf(methods.idOf(method));
  const namesOf = (ip: number, user: number): LoginNames => ({
    ip: ip === none ? undefined : addresses.nameOf(ip),
    user: user === none ? '' : users.nameOf(user),
    method: methodOf,
  });

  function tallyOf(ip: number, time: number, service: string): SourceTally {
    let tally = tallies[ip];
    if (tally === undefined) {
      while (tallies.length < ip) tallies.push(undefined); // keeps the array packed
      tally = {
        ip: addresses.nameOf(ip),
        failures: 0,
        passwordFailures: 0,
        invalidUsers: 0,
        refused: 0,
        refusalsAlone: 0,
        probes: 0,
        successes: 0,
        users: [],
        userIndex: undefined,
        answeredAnnouncements: 0,
        services: onlyService(service),
        hostNames: undefined,
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

  // Made once per state: the analysis asks for the sources and then for the logins flagged
  // against them, and with 300,000 addresses a second copy cost 100 MB at the peak.
  let madeSources: AttackSource[] | undefined;

  function attackSources(): AttackSource[] {
    if (madeSources !== undefined) return madeSources;
    const sources: AttackSource[] = [];
    for (const tally of tallies)
      if (tally !== undefined) sources.push(attackSourceOf(tally, users, addresses));
    madeSources = sources.sort(compareAttackSources);
    return madeSources;
  }

  const countAt: AttackTally['countAt'] = (kind, ip, user, time, count, pid, service, hostName, method) => {
    madeSources = undefined;
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
    const tally = seen(tallyOf(ip, time, service), time, service);
    if (hostName !== none) {
      tally.hostNames ??= [];
      if (!tally.hostNames.includes(hostName) && tally.hostNames.length < 8) tally.hostNames.push(hostName);
    }
    switch (kind) {
      // The timeline counts each attempt once, as sourceCounts does: what an event completes (the
      // password for an announced unknown name, an attempt after a refusal of its connection) is
      // counted where the attempt began, and not again.
      case 'auth-failure': {
        tally.failures += count;
        if (isPasswordTried(method, service)) tally.passwordFailures += count;
        let counted = notAlone(pid, ip);
        tally.failuresSinceLastLogin += count;
        if (user !== none) {
          // Position first: triedUser may replace tally.users with a longer array.
          const at = triedUser(tally, user);
          tally.users[at + failedAt]! += count;
        }
        if (announcements.answerAt(pid, ip, user)) {
          tally.answeredAnnouncements += 1;
          counted += 1;
        }
        timeline.attemptAt(time, count - counted);
        break;
      }
      case 'invalid-user': {
        tally.invalidUsers += count;
        const counted = notAlone(pid, ip);
        if (user !== none) {
          const at = triedUser(tally, user);
          tally.users[at + announcedAt]! += count;
        }
        announcements.announceAt(pid, ip, user);
        timeline.attemptAt(time, count - counted);
        break;
      }
      case 'refused':
        tally.refused += count;
        if (refusals.refusal(pid, ip)) {
          tally.refusalsAlone += 1;
          timeline.attemptAt(time, 1);
        }
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
        const pid = event.pid ?? none;
        countAt(event.kind, ip, user, event.time, event.count, pid, event.service, hostName, event.method);
        return;
      }
      madeSources = undefined;
      timeline.addAt(event.kind, event.time, event.count);
      if (ip === none) {
        logins.push(loginOf(event, file, text, namesOf(none, user)));
        return;
      }
      const tally = seen(tallyOf(ip, event.time, event.service), event.time, event.service);
      logins.push(loginOf(event, file, text, namesOf(ip, user), priorFailuresOf(tally, user)));
      tally.successes += event.count;
      tally.loginEpoch += 1;
      tally.failuresSinceLastLogin = 0;
      tally.usersSinceLastLogin = 0;
    },
    countAt,
    books: { addresses, users },
    attackSources,
    logins: () => (logins.length === 0 ? [] : flagLogins(logins, attackSources())),
    timeline: () => timeline.timeline(),
  };
}

// A botnet of a million addresses nearly always has one service each: one shared list per
// service instead of a list per address (an array grown by push() from empty reserves 17 slots).
// Never changed in place: a second service makes a new list (see seen()).
const serviceLists = new Map<string, string[]>();

function onlyService(service: string): string[] {
  let list = serviceLists.get(service);
  if (list === undefined) {
    if (serviceLists.size >= 64) return [detachText(service)]; // names from the log: bounded
    // Frozen: a caller that pushed onto one source's list would change every source's.
    list = Object.freeze([detachText(service)]) as string[];
    serviceLists.set(list[0]!, list);
  }
  return list;
}

/** The source with an event at `time` from `service` counted in its time span and services. */
function seen(tally: SourceTally, time: number, service: string): SourceTally {
  if (time < tally.firstSeen) tally.firstSeen = time;
  if (time > tally.lastSeen) tally.lastSeen = time;
  // A new list rather than push(): lists are shared (see onlyService), and each source handed
  // out keeps the list it had.
  if (tally.services[0] !== service && !tally.services.includes(service))
    tally.services = [...tally.services, service];
  return tally;
}

/** Where in tally.users the user name numbered `name` is counted, now tried from the address. */
function triedUser(tally: SourceTally, name: number): number {
  let at = findTriedUser(tally, name);
  if (at < 0) at = addTriedUser(tally, name);
  if (tally.users[at + epochAt] !== tally.loginEpoch) {
    tally.users[at + epochAt] = tally.loginEpoch;
    tally.usersSinceLastLogin += 1;
  }
  return at;
}

/** What the address failed before a login as `name` (read before the login resets it). */
function priorFailuresOf(tally: SourceTally, name: number): PriorFailures {
  const at = name === none ? -1 : findTriedUser(tally, name);
  const triedName = at >= 0 && tally.users[at + epochAt] === tally.loginEpoch;
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
  // Numbers in the book are distinct names, so no Map is needed to merge them. Sized up front:
  // push() from empty reserves 17 slots, 150 bytes for each of a botnet's 300,000 addresses.
  const users = new Array<UserCount>(triedUserCount(tally));
  let at = 0;
  forEachTriedUser(tally, (name, count) => (users[at++] = { user: names.nameOf(name), count }));
  return {
    ip: tally.ip,
    scope: addressScope(tally.ip),
    failures: tally.failures,
    passwordFailures: tally.passwordFailures,
    invalidUsers: tally.invalidUsers,
    guessesWithoutPassword: Math.max(0, tally.invalidUsers - tally.answeredAnnouncements),
    refused: tally.refused,
    refusalsAlone: tally.refusalsAlone,
    probes: tally.probes,
    successes: tally.successes,
    users: users.sort(compareUserCounts),
    services: tally.services,
    ...(tally.hostNames === undefined
      ? {}
      : { hostNames: tally.hostNames.map((id) => addresses.nameOf(id)) }),
    firstSeen: tally.firstSeen,
    lastSeen: tally.lastSeen,
  };
}

/** Long enough for any real log line; a hostile megabyte-long line is not kept whole. */
const loginTextLimit = 2_000;

/** A login's address, user name and method as the books keep them (detached, one copy each). */
type LoginNames = { ip: string | undefined; user: string; method: (method: string) => string };

function loginOf(
  event: AuthEvent,
  file: string,
  text: string | undefined,
  names: LoginNames,
  priorFailures: PriorFailures = { total: 0, sinceLastLogin: 0, otherUsersSinceLastLogin: 0 },
): Login {
  // Windows formats may add a logon type to their events; read it without requiring it.
  const { logonType, pid } = event as AuthEvent & { logonType?: unknown; pid?: unknown };
  return {
    time: event.time,
    user: names.user,
    ip: names.ip,
    method: event.method === undefined ? undefined : names.method(event.method),
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

/**
 * Whether a failed attempt tried a password (or another secret typed at a prompt): not a key, not
 * the empty "none" probe every SSH client sends first. sshd's end-of-attempt lines name no method:
 * a password is not known to have been tried there. Other services' failures are passwords.
 */
export function isPasswordTried(method: string | undefined, service: string): boolean {
  if (method === undefined) return service !== 'sshd';
  return !(
    method === 'publickey' ||
    method === 'hostbased' ||
    method === 'none' ||
    method.startsWith('gssapi')
  );
}

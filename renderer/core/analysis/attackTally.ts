// Adds up one file's events per source address while the file streams past, so nothing per line
// has to be kept. Events without an address (session lines) only matter as logins.
import type { AuthEvent } from '../logs/authEvent';
import type { AttackSource, Login } from './attackSource';
import { addressScope } from '../net/addressScope';
import { detachText } from '../text/detachText';
import { compareAttackSources, sortedUserCounts } from './attackOrder';
import { flagLogins } from './loginFlags';
import { createPriorFailureTracker } from './priorFailures';
import { createTimelineCounter, type AttemptTimeline } from './attemptTimeline';

// Callers think of the whole analysis step as "the tally": offer its siblings from here too.
export { flagLogins } from './loginFlags';
export { mergeAttackSources } from './mergeAttackSources';

type SourceTally = {
  ip: string;
  failures: number;
  invalidUsers: number;
  refused: number;
  probes: number;
  successes: number;
  /** Per user name: attempts from "Failed … for U" lines. */
  failedUsers: Map<string, number>;
  /** Per user name: "Invalid user U" lines. */
  announcedUsers: Map<string, number>;
  /** "Invalid user U" announcements followed by a password tried for U in the same connection. */
  answeredAnnouncements: number;
  services: string[];
  firstSeen: number;
  lastSeen: number;
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

const attemptKinds: ReadonlySet<AuthEvent['kind']> = new Set([
  'auth-failure',
  'invalid-user',
  'refused',
  'probe',
  'success',
]);

export function createAttackTally(file: string): AttackTally {
  const tallies = new Map<string, SourceTally>();
  const logins: Login[] = [];
  const prior = createPriorFailureTracker();
  const timeline = createTimelineCounter();

  const announcements = createAnnouncementPairing();

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
        failedUsers: new Map(),
        announcedUsers: new Map(),
        answeredAnnouncements: 0,
        services: [],
        firstSeen: time,
        lastSeen: time,
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
      if (event.kind === 'success')
        logins.push({ ...loginOf(event, file, text), priorFailures: prior.priorOf(event) });
      prior.add(event);
      timeline.add(event);
      // Only attempts make a source: a disconnect, a session line or a ban says nothing new about
      // an address, and a legitimate user's logout must not list their address as an attacker.
      if (event.ip === undefined || !attemptKinds.has(event.kind)) return;
      const tally = tallyOf(event.ip, event.time);
      if (event.time < tally.firstSeen) tally.firstSeen = event.time;
      if (event.time > tally.lastSeen) tally.lastSeen = event.time;
      if (!tally.services.includes(event.service)) tally.services.push(event.service);
      switch (event.kind) {
        case 'auth-failure':
          tally.failures += event.count;
          countUser(tally.failedUsers, event.user, event.count);
          if (announcements.answer(event, tally)) tally.answeredAnnouncements += 1;
          break;
        case 'invalid-user':
          tally.invalidUsers += event.count;
          countUser(tally.announcedUsers, event.user, event.count);
          announcements.announce(event, tally);
          break;
        case 'refused':
          tally.refused += event.count;
          break;
        case 'probe':
          tally.probes += event.count;
          break;
        case 'success':
          tally.successes += event.count;
          break;
        default:
          break;
      }
    },
    attackSources,
    logins: () => flagLogins(logins, attackSources()),
    timeline: () => timeline.timeline(),
  };
}

function countUser(users: Map<string, number>, user: string | undefined, count: number): void {
  if (user === undefined) return;
  const seen = users.get(user);
  if (seen === undefined) users.set(detachText(user), count);
  else users.set(user, seen + count);
}

/**
 * sshd announces a missing account once per connection ("Invalid user U from …") and then logs
 * every password tried for it ("Failed password for invalid user U …"): adding both would count
 * one guess twice. A name's count is therefore the larger of the two, so a name the attacker
 * only announced, without trying a password, still shows up once.
 */
function attackSourceOf(tally: SourceTally): AttackSource {
  const users = new Map(tally.failedUsers);
  for (const [user, announced] of tally.announcedUsers) {
    users.set(user, Math.max(users.get(user) ?? 0, announced));
  }
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

/** Connections remembered at once; sshd process ids are reused, old ones are long finished. */
const openAnnouncementLimit = 10_000;

/**
 * Pairs an "Invalid user U" line with the first password tried for U by the same sshd process,
 * so the two lines count as one attempt. Events without a process id (Windows, FTP) are never
 * paired: there one line is one attempt.
 */
function createAnnouncementPairing() {
  const open = new Map<number, { tally: SourceTally; user: string | undefined }>();
  return {
    announce(event: AuthEvent, tally: SourceTally): void {
      if (event.pid === undefined) return;
      open.delete(event.pid);
      open.set(event.pid, { tally, user: event.user });
      if (open.size > openAnnouncementLimit) open.delete(open.keys().next().value as number);
    },
    answer(event: AuthEvent, tally: SourceTally): boolean {
      if (event.pid === undefined) return false;
      const announced = open.get(event.pid);
      if (announced === undefined || announced.tally !== tally || announced.user !== event.user) return false;
      open.delete(event.pid);
      return true;
    },
  };
}

/** Long enough for any real log line; a hostile megabyte-long line is not kept whole. */
const loginTextLimit = 2_000;

function loginOf(event: AuthEvent, file: string, text: string | undefined): Login {
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
  };
}

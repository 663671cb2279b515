// sshd announces a missing account once per connection ("Invalid user U from …") and then logs
// every password tried for it ("Failed password for invalid user U …"): the two lines are one
// guess. This pairs an announcement with the first password tried for U from the same address by
// the same process; the tally (attackTally.ts) and the report's attempt times (reportEvidence.ts)
// both count with it, so they agree. Events without a process id (Windows, FTP) are never paired:
// there one line is one attempt.
import type { AuthEvent } from '../logs/authEvent';

/**
 * Announcements remembered at once, by the low bits of their process id (a power of two): sshd
 * process ids are handed out in order, so an announcement is only forgotten when this many newer
 * processes have started since — long after its connection ended. Arrays, not a Map: this runs
 * for every attempt.
 */
const announcementSlots = 16_384;

/** An address or user name: as text, or by its number (nameBook.ts); compared with ===. */
type Name = string | number | undefined;

export type AnnouncementPairing = {
  /** Remembers an "Invalid user" event; returns the one it pushed out unanswered, if any. */
  announce(event: AuthEvent): AuthEvent | undefined;
  /** True when the failure answers an open announcement (which is then closed). */
  answer(failure: AuthEvent): boolean;
  /** announce() for an event given by its process id (-1: none), address and user name. */
  announceAt(pid: number, ip: Name, user: Name): void;
  /** answer() for a failure given by its process id (-1: none), address and user name. */
  answerAt(pid: number, ip: Name, user: Name): boolean;
  /** The announcements still open, answered by no password (with `keepEvents` only). */
  unanswered(): AuthEvent[];
};

/**
 * `keepEvents`: remember the announcements themselves, for announce()'s pushed-out event and
 * unanswered(). Without it only their address and name are kept: the tally just counts pairs,
 * and a kept event outlives V8's young generation and costs a copy into the old one, a hundred
 * thousand times in a million-line log.
 */
export function createAnnouncementPairing(keepEvents = true): AnnouncementPairing {
  const pids = new Float64Array(announcementSlots).fill(-1); // exact for any pid a line can write
  const ips = new Array<Name>(announcementSlots);
  const users = new Array<Name>(announcementSlots);
  const announced = new Array<AuthEvent | undefined>(keepEvents ? announcementSlots : 0);

  function announceAt(pid: number, ip: Name, user: Name): number {
    const slot = pid & (announcementSlots - 1);
    pids[slot] = pid;
    ips[slot] = ip;
    users[slot] = user;
    return slot;
  }

  function answerAt(pid: number, ip: Name, user: Name): boolean {
    if (pid < 0) return false;
    const slot = pid & (announcementSlots - 1);
    if (pids[slot] !== pid || ips[slot] !== ip || users[slot] !== user) return false;
    pids[slot] = -1;
    ips[slot] = undefined;
    users[slot] = undefined;
    if (keepEvents) announced[slot] = undefined;
    return true;
  }

  return {
    announce(event) {
      if (event.pid === undefined || event.pid < 0) return undefined;
      const slot = event.pid & (announcementSlots - 1);
      const pushedOut = pids[slot] === -1 || !keepEvents ? undefined : announced[slot];
      announceAt(event.pid, event.ip, event.user);
      if (keepEvents) announced[slot] = event;
      return pushedOut;
    },
    answer: (failure) => failure.pid !== undefined && answerAt(failure.pid, failure.ip, failure.user),
    announceAt(pid, ip, user) {
      if (pid >= 0) announceAt(pid, ip, user);
    },
    answerAt,
    unanswered: () => announced.filter((event): event is AuthEvent => event !== undefined),
  };
}

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

export type AnnouncementPairing = {
  /** Remembers an "Invalid user" event; returns the one it pushed out unanswered, if any. */
  announce(event: AuthEvent): AuthEvent | undefined;
  /** True when the failure answers an open announcement (which is then closed). */
  answer(failure: AuthEvent): boolean;
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
  const ips = new Array<string | undefined>(announcementSlots);
  const users = new Array<string | undefined>(announcementSlots);
  const announced = new Array<AuthEvent | undefined>(keepEvents ? announcementSlots : 0);
  return {
    announce(event) {
      if (event.pid === undefined) return undefined;
      const slot = event.pid & (announcementSlots - 1);
      const pushedOut = pids[slot] === -1 || !keepEvents ? undefined : announced[slot];
      pids[slot] = event.pid;
      ips[slot] = event.ip;
      users[slot] = event.user;
      if (keepEvents) announced[slot] = event;
      return pushedOut;
    },
    answer(failure) {
      if (failure.pid === undefined) return false;
      const slot = failure.pid & (announcementSlots - 1);
      if (pids[slot] !== failure.pid || ips[slot] !== failure.ip || users[slot] !== failure.user)
        return false;
      pids[slot] = -1;
      ips[slot] = undefined;
      users[slot] = undefined;
      if (keepEvents) announced[slot] = undefined;
      return true;
    },
    unanswered: () => announced.filter((event): event is AuthEvent => event !== undefined),
  };
}

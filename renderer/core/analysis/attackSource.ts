// What the analysis says about each address and each login. Stored per evidence file in the
// database and merged across files for the screens, the command line and the reports.
import type { AddressScope } from '../net/addressScope';

export type UserCount = { user: string; count: number };

export type AttackSource = {
  ip: string;
  scope: AddressScope;
  /** Rejected login attempts (each counted once, "message repeated N times" as N). */
  failures: number;
  /** Attempts for user names that do not exist on the server. */
  invalidUsers: number;
  /**
   * Unknown-user connections in which no password was tried. sshd logs "Invalid user U" and then
   * "Failed password for invalid user U" for one guess, so attempts are failures plus these, not
   * failures plus invalidUsers. Absent in rows stored before it was counted.
   */
  guessesWithoutPassword?: number;
  /**
   * Of the failures, those with a password (or another secret typed at a prompt), not a key or
   * nothing. Absent in rows stored before it was counted (then all failures count as passwords).
   */
  passwordFailures?: number;
  /**
   * Refusals that were all a connection got (tcp-wrappers, AllowUsers with no password asked):
   * attempts of their own. A refusal in a connection that also tried a password is not another
   * attempt. Absent in rows stored before it was counted.
   */
  refusalsAlone?: number;
  refused: number;
  probes: number;
  successes: number;
  /** User names tried, most-tried first. Attacker-chosen text. */
  users: UserCount[];
  services: string[];
  /**
   * Host names the address was also given (sshd with UseDNS writes a name in some lines and the
   * address in others). Attacker-influenced text (their reverse DNS): never an abuse contact.
   */
  hostNames?: string[];
  /** UTC ms. */
  firstSeen: number;
  lastSeen: number;
};

/**
 * Why a successful login deserves a second look. Empty list = unremarkable. Field values are a
 * promise to scripts (`analyze` prints them): add, never rename.
 */
export type LoginFlag =
  /** The address failed many times, or for other user names, before this login (or broke in earlier). */
  | 'from-attacking-address'
  /** The user name is one the attackers tried. */
  | 'user-attackers-tried'
  /** No login from this address or its network earlier in the evidence. */
  | 'new-address'
  /** Far from the hours this user otherwise logs in, judged from the evidence itself. */
  | 'unusual-hour'
  /** Windows: a Remote Desktop (LogonType 10) or network (3) logon from an attacking address. */
  | 'remote-logon-from-attacker'
  /** Other addresses of its /24 (IPv4) or /64 (IPv6) failed for this user name before the login. */
  | 'from-attacking-network';

/**
 * Shown beside a login without flagging it: one mistyped password first; a login from loopback
 * (127.0.0.0/8, ::1), which came through a tunnel, a port forward or the server itself; a login
 * while the attack went on (the person is asked about it, see core/analysis/loginStanding.ts).
 */
export type LoginNote = 'failed-first' | 'loopback' | 'during-attack';

/** A flag or note with its reason in words, for the screens and reports. */
export type LoginReason = { flag: LoginFlag | LoginNote; text: string };

/** What the address did before this login, counted while the file streamed past. */
export type PriorFailures = {
  /** Failed attempts from this address before the login, anywhere in the file. */
  total: number;
  /** Failed attempts since this address last logged in successfully (or since the file began). */
  sinceLastLogin: number;
  /** Distinct other user names it failed for since its last successful login. */
  otherUsersSinceLastLogin: number;
};

export type Login = {
  time: number;
  user: string;
  ip?: string;
  method?: string;
  service: string;
  /** Evidence file name and 1-based line number the login was read from. */
  file: string;
  line: number;
  flags: LoginFlag[];
  /** The log line itself (cut to a sane length), so a verdict can quote it. */
  text?: string;
  /** Windows logon type (2 console, 3 network, 10 Remote Desktop …) when the format has one. */
  logonType?: number;
  /** Windows' EventRecordID (.evtx): the number that finds the logon in Event Viewer. */
  recordId?: number;
  /** Process id of the server process that logged it (sshd: one per connection), to find its session. */
  pid?: number;
  priorFailures?: PriorFailures;
  /** The flags and notes, each with its reason in words (set by flagLogins). */
  reasons?: LoginReason[];
};

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
  refused: number;
  probes: number;
  successes: number;
  /** User names tried, most-tried first. Attacker-chosen text. */
  users: UserCount[];
  services: string[];
  /** UTC ms. */
  firstSeen: number;
  lastSeen: number;
};

/** Why a successful login deserves a second look. Empty list = unremarkable. */
export type LoginFlag = 'from-attacking-address';

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
};

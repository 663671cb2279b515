// The normalized event every log format produces. Boundary type: the worker, the database, the
// analysis and the command line all read it. Adding a field is cheap; changing one touches all four.

/** What a log line says happened, from a closed set so analysis never has to read free text. */
export const eventKinds = [
  'auth-failure', // a password (or key, or other method) was tried and rejected
  'invalid-user', // the user name does not exist on the server
  'refused', // the server refused before trying: not allowed, root login refused, too many attempts
  'probe', // a connection without a real login attempt: scanners, banner garbage, kex mismatch
  'success', // someone logged in
  'session-open',
  'session-close',
  'ban', // fail2ban (or similar) blocked an address
  'unban',
  'other', // about logins, but none of the above (e.g. a disconnect before authentication)
] as const;

export type EventKind = (typeof eventKinds)[number];

export type AuthEvent = {
  /** UTC milliseconds since the epoch. */
  time: number;
  /** The program that wrote the line: sshd, sudo, postfix … */
  service: string;
  kind: EventKind;
  /** Source address as written in the log (normalized: no brackets, no zone id). */
  ip?: string;
  port?: number;
  /** Attacker-chosen text: never markup, never a formula. */
  user?: string;
  /** password, publickey, keyboard-interactive … */
  method?: string;
  /** How many attempts this one line stands for ("message repeated 5 times" → 5). */
  count: number;
  /** 1-based line number in the evidence file (for a record format: where the record starts). */
  line: number;
  /** Process id of the writing program, when the line names one (sshd: one per connection). */
  pid?: number;
  /**
   * A host name the source was also given, beside its address (sshd with UseDNS writes both, in
   * different lines of one connection). A source that is only a name has it as `ip`.
   */
  hostName?: string;
  /** Windows logon type: 2 at the keyboard, 3 network (file shares), 10 Remote Desktop … */
  logonType?: number;
  /** Why it failed, in words (Windows Status/SubStatus, Kerberos result codes …). */
  status?: string;
  /** True when the event comes from a summary (a logwatch report), not from the log itself. */
  fromSummary?: boolean;
  /** An account or group created or changed ("account support created"): kept one by one. */
  accountChange?: string;
  /**
   * For an 'other' event: the line (1-based, same file) whose event already counts this attempt,
   * when a server wrote one attempt twice (Dovecot's auth check and its login process's answer).
   */
  sameAttemptAs?: number;
  /**
   * What a logged-on user did that matters after a break-in, in words ("logged on with special
   * privileges", "used the credentials of admin"): kept one by one, shown under "what happened
   * next" for that user's logons (Windows 4672, 4648).
   */
  actionByUser?: string;
  /** The name of an event log someone cleared (Windows 1102: "Security", 104: "System" …). */
  logCleared?: string;
  /**
   * The computer name a Windows client gave for itself (4625 WorkstationName): chosen by the
   * client, so never proof of where an attempt came from.
   */
  workstation?: string;
  /** Windows' EventRecordID, where the reader keeps it (.evtx): what finds the event in Event Viewer. */
  recordId?: number;
};

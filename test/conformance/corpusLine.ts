// What a corpus says of one log line, whichever corpus it comes from, and how the harness judges
// what the analyzer made of it (../shared/DECISIONS.md, "Reading logs").
import type { EventKind } from '../../renderer/core/logs/authEvent';

/**
 *  - attack: a login attempt that failed; an auth-failure, invalid-user or refused event must name
 *    its address.
 *  - probe: a connection without a real login attempt (no identification string, bad protocol
 *    version, no common key exchange …); a probe event naming the address is enough.
 *  - benign: not an attack; no failure-class event may come from it (a false alarm).
 *  - out: not a login attempt at all (spam and relay rejections, web 404 scans, DNS denials …):
 *    listed with its count, outside the recall.
 */
export type LineLabel = 'attack' | 'probe' | 'benign' | 'out';

export type CorpusLine = {
  corpus: 'sshguard' | 'crowdsec';
  /** Where it is: "tests.txt:17", "sshd-logs/sshd-logs.log:3". */
  origin: string;
  /** The service it belongs to, for the table ("sshd", "dovecot", "web (basic auth)" …). */
  service: string;
  label: LineLabel;
  /** The address an attack or probe must be found with, as the corpus writes it. */
  address?: string;
  /** Why the harness labels the line otherwise than the corpus, or why it is out of scope. */
  note?: string;
};

export const failureKinds: ReadonlySet<EventKind> = new Set(['auth-failure', 'invalid-user', 'refused']);

/** Whether an event of `kind` on the line counts as finding it. */
export function findsLine(label: LineLabel, kind: EventKind): boolean {
  if (label === 'attack') return failureKinds.has(kind);
  if (label === 'probe') return failureKinds.has(kind) || kind === 'probe';
  return false;
}

// Windows failures that name no address (4625 over NTLM/SMB, Remote Desktop without NLA, 4776 on
// a domain controller): they are attempts all the same, so they are counted, said apart from the
// addresses ("12 failed attempts named no address") and shown with the one thing they do name —
// the computer name the client gave itself (WorkstationName), which the client chooses.
import type { AuthEvent } from '../logs/authEvent';
import { workstationWords } from './workstationName';
import { plural } from './words';

export type UnplacedAttempts = {
  attempts: number;
  /** The names the clients gave their computers, most attempts first; at most `keptNames`. */
  workstations: { name: string; attempts: number }[];
};

/** Network (3), network with clear-text password (8), Remote Desktop (10). */
const networkLogonTypes = new Set([3, 8, 10]);

/** Names kept per file: a spray from random "WIN-…" names must not grow the case without bound. */
const keptNames = 20;
const countedNames = 1_000;

export function createUnplacedAttempts() {
  let attempts = 0;
  const names = new Map<string, number>();
  return {
    see(event: AuthEvent): void {
      if (event.ip !== undefined || event.service !== 'windows') return;
      if (event.kind !== 'auth-failure' && event.kind !== 'invalid-user') return;
      // At the keyboard (interactive, unlock, cached) no address is expected: not a network attempt.
      if (event.logonType !== undefined && !networkLogonTypes.has(event.logonType)) return;
      attempts += event.count;
      const name = event.workstation;
      if (name === undefined) return;
      if (names.has(name) || names.size < countedNames) names.set(name, (names.get(name) ?? 0) + event.count);
    },
    result(): UnplacedAttempts | undefined {
      return attempts === 0 ? undefined : { attempts, workstations: ranked(names) };
    },
  };
}

/** Two files' (or a case's) unplaced attempts together. */
export function mergeUnplacedAttempts(
  parts: readonly (UnplacedAttempts | undefined)[],
): UnplacedAttempts | undefined {
  let attempts = 0;
  const names = new Map<string, number>();
  for (const part of parts) {
    if (part === undefined) continue;
    attempts += part.attempts;
    for (const { name, attempts: count } of part.workstations)
      names.set(name, (names.get(name) ?? 0) + count);
  }
  return attempts === 0 ? undefined : { attempts, workstations: ranked(names) };
}

/** The names with the most attempts first (ties by name), at most `keptNames`, each cut to 64 characters. */
function ranked(names: ReadonlyMap<string, number>): UnplacedAttempts['workstations'] {
  return [...names]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, keptNames)
    .map(([name, count]) => ({ name: name.slice(0, 64), attempts: count }));
}

/**
 * "12 failed attempts named no address (Windows writes none for some network logons); the client
 * called its computer "KALI" (a name the client chooses itself: …)."
 */
export function unplacedAttemptsText(unplaced: UnplacedAttempts): string {
  const names = workstationWords(unplaced.workstations.slice(0, 5).map(({ name }) => name));
  return (
    `${plural(unplaced.attempts, 'failed attempt', 'failed attempts')} named no address ` +
    '(Windows writes none for some network logons, such as file sharing or Remote Desktop without Network Level Authentication)' +
    (names === undefined ? '.' : `; ${names}.`)
  );
}

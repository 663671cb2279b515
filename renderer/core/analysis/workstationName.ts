// A Windows failure without an address (NTLM over SMB, Remote Desktop without NLA) names only the
// computer the client says it is (4625 WorkstationName). The client chooses that name — attack
// tools send "KALI", a random "WIN-…", or a name copied from the victim's network — so it is
// shown as the client's claim, never as where the attempt came from.
import { nameList } from './words';

/** "the client called its computer "KALI" (a name the client chooses: no proof of where it came from)". */
export function workstationWords(names: readonly string[]): string | undefined {
  if (names.length === 0) return undefined;
  const which = names.length === 1 ? 'its computer' : 'its computers';
  return `the client called ${which} ${nameList(names)} (a name the client chooses itself: no proof of where the attempt came from)`;
}

/** The WorkstationNames of address-less failures, most frequent first. Attacker-chosen text. */
export function workstationNames(events: readonly { ip?: string; workstation?: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.ip !== undefined || event.workstation === undefined) continue;
    counts.set(event.workstation, (counts.get(event.workstation) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
}

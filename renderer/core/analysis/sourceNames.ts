// The source of every event, as the analysis stores and compares it: an address in its one form
// (addressText.ts), or a qualified host name, never anything else. Every format's events pass here
// (the sshd reader checks its own when it counts by number, see sshdNames.ts), so a hostile token
// in the address position ("1.2.3.4,=1+1", "::ffff:=1", an escape sequence) never becomes a
// source with a scope, a lookup or an abuse e-mail.
import type { AuthEvent } from '../logs/authEvent';
import { readSourceName } from '../net/addressText';

/** Distinct texts remembered (a log repeats a few addresses line after line); emptied when full. */
const memoLimit = 4096;

export type SourceNames = {
  /** Puts the event's ip (and host name) in their stored form; false when its ip is no source. */
  settle(event: AuthEvent): boolean;
};

export function createSourceNames(): SourceNames {
  const memo = new Map<string, string | null>();
  const stored = (written: string): string | undefined => {
    let known = memo.get(written);
    if (known === undefined) {
      const source = readSourceName(written);
      known = source.kind === 'address' ? source.address : source.kind === 'host' ? source.name : null;
      if (memo.size >= memoLimit) memo.clear();
      memo.set((' ' + written).slice(1), known); // a copy: keys cut from a chunk keep it alive
    }
    return known ?? undefined;
  };
  return {
    settle(event) {
      if (event.hostName !== undefined) event.hostName = stored(event.hostName);
      if (event.ip === undefined) return true;
      const ip = stored(event.ip);
      if (ip === undefined) return false;
      event.ip = ip;
      return true;
    },
  };
}

// One attempt written into two files of the same case: vsftpd's own vsftpd.log ("FAIL LOGIN") and
// auth.log (its PAM check), Exim's mainlog and syslog, Dovecot's dovecot.log and auth.log's
// pam_unix(dovecot:auth), ProFTPD's SystemLog and syslog. Each file counts the attempt ("in this
// file"); the case counts it once. Same attempt (DECISIONS.md): same service, same address, same
// user name (a name one file does not write matches any; a domain the check stripped is ignored),
// at most 2 seconds apart. Each attempt pairs with one attempt of another file at most.
import type { AuthEvent } from '../logs/authEvent';
import type { AttackSource } from './attackSource';
import { sortedUserCounts, compareAttackSources } from './attackOrder';
import { mergeAttackSources } from './mergeAttackSources';
import { sameUser } from '../logs/sameAttempt';
import { detachText } from '../text/detachText';

/** Services that may write one attempt into two of the files a person imports. */
export const twoFileServices: ReadonlySet<string> = new Set([
  'vsftpd',
  'exim',
  'dovecot',
  'proftpd',
  'pure-ftpd',
]);

/** Beyond this many per file a file's attempts are not paired (the note says so). */
export const mostPairedAttempts = 200_000;

/** A failed attempt of a two-file service, as one file wrote it. */
export type FileAttempt = {
  service: string;
  ip: string;
  user?: string;
  time: number;
  count: number;
  kind: 'auth-failure' | 'invalid-user';
};

export type FileAttempts = {
  attempts: FileAttempt[];
  /** More than mostPairedAttempts: the rest was not kept, so this file is not paired. */
  incomplete: boolean;
};

/** Collects a file's attempts of the two-file services while its events stream past. */
export function createFileAttempts() {
  const attempts: FileAttempt[] = [];
  let incomplete = false;
  return {
    see(event: AuthEvent): void {
      if (event.kind !== 'auth-failure' && event.kind !== 'invalid-user') return;
      if (event.ip === undefined || !twoFileServices.has(event.service)) return;
      if (attempts.length >= mostPairedAttempts) {
        incomplete = true;
        return;
      }
      attempts.push({
        service: event.service,
        // Copies: a string cut from the read chunk would keep the whole chunk alive.
        ip: detachText(event.ip),
        user: event.user === undefined ? undefined : detachText(event.user),
        time: event.time,
        count: event.count,
        kind: event.kind,
      });
    },
    result: (): FileAttempts => ({ attempts, incomplete }),
  };
}

/** Whether a file has attempts to pair (most files have none, and nothing is stored for them). */
export function hasPairedAttempts(attempts: FileAttempts | undefined): attempts is FileAttempts {
  return attempts !== undefined && (attempts.attempts.length > 0 || attempts.incomplete);
}

const pairWindowMs = 2_000;

/** Attempts counted twice across the files, per address: by kind and by user name. */
export type RepeatedAttempts = Map<
  string,
  { failures: number; invalidUsers: number; users: Map<string, number> }
>;

/**
 * The attempts of later files that an earlier file already counts. Files are compared pairwise:
 * an attempt of file B pairs with an unpaired attempt of an earlier file A of the same service,
 * address and user name, at most 2 seconds apart.
 */
export function repeatedAttempts(files: readonly FileAttempts[]): RepeatedAttempts {
  const repeated: RepeatedAttempts = new Map();
  const usable = files.filter((file) => !file.incomplete && file.attempts.length > 0);
  // Per earlier file: its attempts by service and address, in time order, with what is left of each.
  const indexes = usable.map((file) => indexOf(file.attempts));
  usable.forEach((file, b) => {
    for (const attempt of file.attempts) {
      let left = attempt.count;
      for (let a = 0; a < b && left > 0; a++) {
        const candidates = indexes[a]!.get(keyOf(attempt)) ?? [];
        for (let i = firstAtOrAfter(candidates, attempt.time - pairWindowMs); i < candidates.length; i++) {
          const earlier = candidates[i]!;
          if (left === 0 || earlier.attempt.time > attempt.time + pairWindowMs) break;
          if (earlier.left === 0 || !sameUser(earlier.attempt.user, attempt.user)) continue;
          const paired = Math.min(left, earlier.left);
          earlier.left -= paired;
          left -= paired;
          // The name is counted twice only when both files wrote it.
          count(repeated, attempt, paired, earlier.attempt.user !== undefined);
        }
      }
    }
  });
  return repeated;
}

/** The merged sources with the attempts of `repeated` counted once. */
export function withoutRepeatedAttempts(
  sources: readonly AttackSource[],
  repeated: RepeatedAttempts,
): AttackSource[] {
  if (repeated.size === 0) return [...sources];
  return sources
    .map((source) => {
      const twice = repeated.get(source.ip);
      if (twice === undefined) return source;
      const users = new Map(source.users.map(({ user, count }) => [user, count]));
      for (const [user, count] of twice.users) {
        const left = (users.get(user) ?? 0) - count;
        if (left > 0) users.set(user, left);
        else users.delete(user);
      }
      return {
        ...source,
        failures: Math.max(0, source.failures - twice.failures),
        invalidUsers: Math.max(0, source.invalidUsers - twice.invalidUsers),
        guessesWithoutPassword:
          source.guessesWithoutPassword === undefined
            ? undefined
            : Math.max(0, source.guessesWithoutPassword - twice.invalidUsers),
        users: sortedUserCounts(users),
      };
    })
    .sort(compareAttackSources);
}

type Remaining = { attempt: FileAttempt; left: number };

function keyOf(attempt: FileAttempt): string {
  return `${attempt.service} ${attempt.ip}`;
}

function indexOf(attempts: readonly FileAttempt[]): Map<string, Remaining[]> {
  const index = new Map<string, Remaining[]>();
  for (const attempt of attempts) {
    const list = index.get(keyOf(attempt)) ?? [];
    list.push({ attempt, left: attempt.count });
    index.set(keyOf(attempt), list);
  }
  for (const list of index.values()) list.sort((x, y) => x.attempt.time - y.attempt.time);
  return index;
}

/** Index of the first attempt at or after `time` in a list in time order. */
function firstAtOrAfter(list: readonly Remaining[], time: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.attempt.time < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

function count(repeated: RepeatedAttempts, attempt: FileAttempt, paired: number, nameTwice: boolean): void {
  const entry = repeated.get(attempt.ip) ?? {
    failures: 0,
    invalidUsers: 0,
    users: new Map<string, number>(),
  };
  if (attempt.kind === 'invalid-user') entry.invalidUsers += paired;
  else entry.failures += paired;
  if (nameTwice && attempt.user !== undefined)
    entry.users.set(attempt.user, (entry.users.get(attempt.user) ?? 0) + paired);
  repeated.set(attempt.ip, entry);
}

/** The case's sources from its files' analyses: merged, each attempt written twice counted once. */
export function mergeFileSources(
  files: readonly { sources: readonly AttackSource[]; twoFileAttempts?: FileAttempts }[],
): AttackSource[] {
  const merged = mergeAttackSources(files.map((file) => file.sources));
  const attempts = files.flatMap((file) =>
    file.twoFileAttempts === undefined ? [] : [file.twoFileAttempts],
  );
  return withoutRepeatedAttempts(merged, repeatedAttempts(attempts));
}

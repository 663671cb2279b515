// What kind of attack the logs show, with the reason in words and the numbers it rests on. The
// kinds call for different next steps: a brute force has one address to report, a distributed
// attack hundreds; a colleague's mistyped password is no attack at all.
import type { AttackSource, Login } from './attackSource';
import type { AttackThresholds } from './attackThresholds';
import { attackAttempts } from './attackOrder';
import { sourceCounts } from './attackCounts';
import { formatCount, nameList, plural } from './words';

export type AttackKind =
  | 'brute-force'
  | 'password-spraying'
  | 'distributed'
  | 'scanning'
  | 'mistyped-password'
  | 'few-attempts'
  | 'nothing';

export const attackKindLabels: Record<AttackKind, string> = {
  'brute-force': 'Brute force',
  'password-spraying': 'Password spraying',
  distributed: 'Distributed attack',
  scanning: 'Scanning only',
  'mistyped-password': 'A mistyped password',
  'few-attempts': 'A few failed attempts',
  nothing: 'No failed logins',
};

export type AttackClassification = {
  kind: AttackKind;
  /** Why, with the numbers and the thresholds used, e.g. "… (brute force = at least 10 …)". */
  reason: string;
  /** Other patterns seen beside the main one, each a sentence. */
  alsoSeen: string[];
};

/** Sources must already exclude the addresses the person marked as their own. */
export function classifyAttack(
  sources: readonly AttackSource[],
  logins: readonly Login[],
  thresholds: AttackThresholds,
): AttackClassification {
  const attackers = sources.filter((source) => attackAttempts(source) > 0);
  const probers = sources.filter((source) => attackAttempts(source) === 0 && source.probes > 0);
  const alsoSeen: string[] = [];
  if (probers.length > 0 && attackers.length > 0) {
    alsoSeen.push(
      `${plural(probers.length, 'address', 'addresses')} only connected without trying a password (scanning).`,
    );
  }
  if (attackers.length === 0) {
    if (probers.length === 0) return { kind: 'nothing', reason: 'No address failed to log in.', alsoSeen };
    const probes = probers.reduce((sum, source) => sum + source.probes, 0);
    return {
      kind: 'scanning',
      reason: `${plural(probers.length, 'address', 'addresses')} connected ${plural(probes, 'time', 'times')} without trying a password: someone looked at what the server answers, nothing more.`,
      alsoSeen,
    };
  }

  const mistyped = attackers.filter((source) => isMistype(source, logins, thresholds));
  if (mistyped.length === attackers.length) {
    const first = mistyped[0] as AttackSource;
    const names = nameList(first.users.map((entry) => entry.user));
    return {
      kind: 'mistyped-password',
      reason:
        mistyped.length === 1
          ? `Only ${first.ip} failed, ${plural(attackAttempts(first), 'time', 'times')} for ${names}, and then logged in as that user: most likely a colleague who mistyped a password (at most ${formatCount(thresholds.mistypeMaxFailures)} failures before a login count as mistyping).`
          : `The only failures come from ${plural(mistyped.length, 'address', 'addresses')} that then logged in for the same user name: most likely colleagues who mistyped a password (at most ${formatCount(thresholds.mistypeMaxFailures)} failures before a login count as mistyping).`,
      alsoSeen,
    };
  }
  const real = attackers.filter((source) => !mistyped.includes(source));
  if (mistyped.length > 0) {
    alsoSeen.push(
      `${plural(mistyped.length, 'address', 'addresses')} failed a few times and then logged in: probably mistyped passwords.`,
    );
  }

  const distributed = distributedReason(real, thresholds);
  if (distributed) return { kind: 'distributed', reason: distributed, alsoSeen };

  const brute = real.filter(
    (source) =>
      source.failures >= thresholds.bruteForceMinAttempts &&
      mostForOneName(source) > thresholds.sprayingMaxPerUser,
  );
  const spraying = real.filter(
    (source) =>
      source.users.length >= thresholds.sprayingMinUsers &&
      mostForOneName(source) <= thresholds.sprayingMaxPerUser,
  );
  const attemptsOf = (list: AttackSource[]) => list.reduce((sum, source) => sum + source.failures, 0);
  if (brute.length > 0 && attemptsOf(brute) >= attemptsOf(spraying)) {
    const top = brute[0] as AttackSource;
    if (spraying.length > 0) alsoSeen.push(sprayingSentence(spraying));
    return {
      kind: 'brute-force',
      reason:
        `${top.ip} alone tried ${plural(sourceCounts(top).passwords, 'password', 'passwords')} for ${plural(top.users.length, 'user name', 'user names')}, ${formatCount(mostForOneName(top))} of them for "${top.users[0]?.user ?? ''}"` +
        (brute.length > 1
          ? `; ${plural(brute.length - 1, 'other address does', 'other addresses do')} the same`
          : '') +
        `. Brute force = at least ${formatCount(thresholds.bruteForceMinAttempts)} passwords from one address, more than ${formatCount(thresholds.sprayingMaxPerUser)} for one user name.`,
      alsoSeen,
    };
  }
  if (spraying.length > 0) {
    if (brute.length > 0)
      alsoSeen.push(
        `${plural(brute.length, 'address', 'addresses')} also guessed many passwords for a few names (brute force).`,
      );
    return {
      kind: 'password-spraying',
      reason:
        sprayingSentence(spraying) +
        ` Spraying = at least ${formatCount(thresholds.sprayingMinUsers)} user names from one address, at most ${formatCount(thresholds.sprayingMaxPerUser)} passwords each.`,
      alsoSeen,
    };
  }
  const attempts = real.reduce((sum, source) => sum + attackAttempts(source), 0);
  return {
    kind: 'few-attempts',
    reason: `${plural(real.length, 'address', 'addresses')} failed ${plural(attempts, 'time', 'times')} in all: too few to call it brute force (at least ${formatCount(thresholds.bruteForceMinAttempts)} passwords from one address) or spraying.`,
    alsoSeen,
  };
}

/** Passwords tried for the address's most-tried name (users are sorted most-tried first). */
function mostForOneName(source: AttackSource): number {
  return source.users[0]?.count ?? 0;
}

function sprayingSentence(spraying: AttackSource[]): string {
  const top = spraying[0] as AttackSource;
  return `${top.ip} tried ${plural(top.users.length, 'user name', 'user names')} with only ${plural(sourceCounts(top).passwords, 'password', 'passwords')} in all — a few guesses per name, which stays under most lockout limits.`;
}

/** An address that failed a little and then logged in for a user name it had failed for. */
function isMistype(source: AttackSource, logins: readonly Login[], thresholds: AttackThresholds): boolean {
  if (attackAttempts(source) > thresholds.mistypeMaxFailures || source.invalidUsers > 0) return false;
  const failedNames = new Set(source.users.map((entry) => entry.user));
  return logins.some(
    (login) => login.ip === source.ip && failedNames.has(login.user) && login.time >= source.firstSeen,
  );
}

/** "Many addresses, one user list": most addresses below brute force, sharing the names they try. */
function distributedReason(attackers: AttackSource[], thresholds: AttackThresholds): string | undefined {
  if (attackers.length < thresholds.distributedMinAddresses) return undefined;
  const small = attackers.filter((source) => source.failures < thresholds.bruteForceMinAttempts);
  if (small.length < attackers.length * 0.7) return undefined;
  const addressesPerName = new Map<string, number>();
  for (const source of attackers) {
    for (const { user } of source.users) addressesPerName.set(user, (addressesPerName.get(user) ?? 0) + 1);
  }
  const shared = [...addressesPerName]
    .filter(([, addresses]) => addresses >= attackers.length * thresholds.distributedSharedShare)
    .sort((a, b) => b[1] - a[1])
    .map(([user]) => user);
  if (shared.length === 0) return undefined;
  // "Passwords in all" as the count model counts them (keys and empty logins are not passwords).
  const passwords = attackers.reduce((sum, source) => sum + sourceCounts(source).passwords, 0);
  return (
    `${plural(attackers.length, 'address', 'addresses')} tried the same user names (${nameList(shared)}), ` +
    `most of them fewer than ${formatCount(thresholds.bruteForceMinAttempts)} times each — ${plural(passwords, 'password', 'passwords')} in all. ` +
    'Spreading the attempts over many addresses keeps each one under the usual blocking limits.'
  );
}

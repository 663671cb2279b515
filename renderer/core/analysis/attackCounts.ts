// The numbers about an attack, each defined once, with the word that names it. Every surface —
// Import headline, Confirm, Logins, Source cards, Report, PDF, e-mail, X-ARF, AbuseIPDB CSV, the
// CSV export and the command line — shows these numbers with these words and derives none of its
// own: "57 login attempts" on one screen is 57 login attempts on every other.
import type { AttackSource } from './attackSource';

export type AttemptCounts = {
  /**
   * Login attempts turned away: each password or key tried and rejected, each guess of a user
   * name that does not exist made without trying a password, and each refusal that was all an
   * attempt got (tcp-wrappers, AllowUsers, "root login refused"). One guess is one attempt,
   * however many lines the server wrote about it.
   */
  attempts: number;
  /** Of the attempts: passwords (or other secrets typed at a prompt) tried and rejected. */
  passwords: number;
  /** Of the attempts: keys (or no secret at all) offered and rejected. */
  otherCredentials: number;
  /** Of the attempts: guesses of a user name that does not exist, without a password tried. */
  unknownUserGuesses: number;
  /** Of the attempts: refusals before any password could be tried. */
  refusals: number;
  /** Connections that never tried to log in (scanners, banner grabbers): not attempts. */
  connectionsOnly: number;
  /** Successful logins. */
  logins: number;
};

export const noCounts: AttemptCounts = {
  attempts: 0,
  passwords: 0,
  otherCredentials: 0,
  unknownUserGuesses: 0,
  refusals: 0,
  connectionsOnly: 0,
  logins: 0,
};

/** The counts of one source (an address, or a host name), from what the analysis stored. */
export function sourceCounts(source: AttackSource): AttemptCounts {
  // Rows stored before a count existed lack it: the older, coarser reading of the same events.
  const passwords = source.passwordFailures ?? source.failures;
  const otherCredentials = source.failures - passwords;
  const unknownUserGuesses = source.guessesWithoutPassword ?? source.invalidUsers;
  const refusals = source.refusalsAlone ?? 0;
  return {
    attempts: source.failures + unknownUserGuesses + refusals,
    passwords,
    otherCredentials,
    unknownUserGuesses,
    refusals,
    connectionsOnly: source.probes,
    logins: source.successes,
  };
}

/** Login attempts from one source: sourceCounts(source).attempts, for sorting and filtering. */
export function attemptsOf(source: AttackSource): number {
  return (
    source.failures + (source.guessesWithoutPassword ?? source.invalidUsers) + (source.refusalsAlone ?? 0)
  );
}

export type CaseCounts = AttemptCounts & {
  /** Sources with at least one login attempt: "addresses that tried to log in". */
  sourcesThatTried: number;
  /** Sources with connections but no attempt: "addresses that only connected". */
  sourcesThatOnlyConnected: number;
  /** Of the sources that tried: those that tried at least one password. */
  sourcesThatTriedPasswords: number;
};

/** The case's totals: the sum over its sources, with how many sources tried and how many only connected. */
export function caseCounts(sources: readonly AttackSource[]): CaseCounts {
  const total: CaseCounts = {
    ...noCounts,
    sourcesThatTried: 0,
    sourcesThatOnlyConnected: 0,
    sourcesThatTriedPasswords: 0,
  };
  // A loop, not a spread: a botnet's case has hundreds of thousands of sources.
  for (const source of sources) {
    const counts = sourceCounts(source);
    total.attempts += counts.attempts;
    total.passwords += counts.passwords;
    total.otherCredentials += counts.otherCredentials;
    total.unknownUserGuesses += counts.unknownUserGuesses;
    total.refusals += counts.refusals;
    total.connectionsOnly += counts.connectionsOnly;
    total.logins += counts.logins;
    if (counts.attempts > 0) total.sourcesThatTried += 1;
    else if (counts.connectionsOnly > 0) total.sourcesThatOnlyConnected += 1;
    if (counts.passwords > 0) total.sourcesThatTriedPasswords += 1;
  }
  return total;
}

/** The words of each count, singular and plural, the same on every surface. */
export const countWords: Readonly<Record<keyof AttemptCounts, readonly [string, string]>> = {
  attempts: ['login attempt', 'login attempts'],
  passwords: ['password tried', 'passwords tried'],
  otherCredentials: ['key or empty login tried', 'keys or empty logins tried'],
  unknownUserGuesses: ['guess of a user name that does not exist', 'guesses of user names that do not exist'],
  refusals: ['refusal before a password could be tried', 'refusals before a password could be tried'],
  connectionsOnly: ['connection without a login attempt', 'connections without a login attempt'],
  logins: ['successful login', 'successful logins'],
};

/**
 * Whose words the counts are said in: Windows calls a login a logon, and a case read only from
 * Windows event logs says "failed logons" (its chart said "0 failed passwords" and "login").
 */
export type CountWording = 'logins' | 'windows';

const windowsWords: Partial<Record<keyof AttemptCounts, readonly [string, string]>> = {
  attempts: ['failed logon', 'failed logons'],
  logins: ['successful logon', 'successful logons'],
};

/** 'windows' when every file of the case is a Windows event log, else the words of the other logs. */
export function countWordingOf(formatIds: readonly string[]): CountWording {
  return formatIds.length > 0 && formatIds.every((id) => id.startsWith('windows-')) ? 'windows' : 'logins';
}

/** The word for one count, singular or plural, in the case's wording. */
export function countWord(
  what: keyof AttemptCounts,
  plural: boolean,
  wording: CountWording = 'logins',
): string {
  const [one, many] = (wording === 'windows' ? windowsWords[what] : undefined) ?? countWords[what];
  return plural ? many : one;
}

/** "57 login attempts", "1 password tried": the number with its word (thousands separated). */
export function countText(
  count: number,
  what: keyof AttemptCounts,
  wording: CountWording = 'logins',
): string {
  return `${count.toLocaleString('en-US')} ${countWord(what, count !== 1, wording)}`;
}

/**
 * What the attempts were, for the brackets after their number: "all passwords tried" when they
 * were of one kind, else attemptParts ("831 passwords tried and 60 guesses of …").
 */
export function attemptBreakdown(counts: AttemptCounts): string {
  const kinds = attemptKinds.filter((kind) => counts[kind] > 0);
  return kinds.length === 1 ? `all ${countWords[kinds[0]!][1]}` : attemptParts(counts);
}

const attemptKinds = ['passwords', 'otherCredentials', 'unknownUserGuesses', 'refusals'] as const;

/**
 * What the attempts were, in words, for a sentence after the number: "831 passwords tried and 60
 * guesses of user names that do not exist". Empty when there were none.
 */
export function attemptParts(counts: AttemptCounts): string {
  const parts: string[] = [];
  for (const what of attemptKinds) {
    if (counts[what] > 0) parts.push(countText(counts[what], what));
  }
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

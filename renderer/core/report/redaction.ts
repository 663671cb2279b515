// What may leave the office in an abuse email. Lines about our own successful logins and about
// known-good addresses are removed; our user names, host names and internal addresses are
// replaced by placeholders ([user-1], [our-server], [internal-address]). Only lines that mention
// the reported address go in. The same masker runs over the body and every attachment.
import { addressMatcher, addressTokens, type AddressList, type AddressToken } from './addressTokens';
import { addressScope } from '../net/addressScope';

export type RedactionRules = {
  /** Addresses and ranges that are ours or trusted: never reported, never quoted. */
  knownGood: AddressList;
  /** Our own account names, replaced by [user-1], [user-2] … */
  maskUsers: readonly string[];
  /** Our server's names as they appear in the log (the syslog host field), replaced by [our-server]. */
  hostNames: readonly string[];
  /** Our server's own addresses (public ones included), replaced by [our-server]. */
  ourAddresses: AddressList;
  /** Replace private/internal addresses other than the reported one by [internal-address]. */
  maskInternalAddresses: boolean;
};

export const noRedaction: RedactionRules = {
  knownGood: [],
  maskUsers: [],
  hostNames: [],
  ourAddresses: [],
  maskInternalAddresses: false,
};

export type Masker = {
  /** The text with every masked name and address replaced (`tokens`: its addressTokens, if known). */
  mask(text: string, tokens?: readonly AddressToken[]): string;
  /** The placeholder a user name is shown as, or the name itself when it is not masked. */
  userLabel(user: string): string;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as a whole token: "admin" is masked in "user admin from", not in "administrator". */
const tokenPattern = (names: readonly string[]) =>
  new RegExp(
    `(?<![\\w.@-])(?:${[...names]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\w@-]|\\.\\w)`,
    'g',
  );

export function createMasker(rules: RedactionRules): Masker {
  const users = [...new Set(rules.maskUsers.map((user) => user.trim()).filter((user) => user !== ''))];
  const labels = new Map(users.map((user, index) => [user, `[user-${index + 1}]`]));
  const hosts = [...new Set(rules.hostNames.map((host) => host.trim()).filter((host) => host !== ''))];
  const userPattern = users.length > 0 ? tokenPattern(users) : null;
  const hostPattern = hosts.length > 0 ? tokenPattern(hosts) : null;
  const isOurAddress = addressMatcher(rules.ourAddresses);

  function maskAddresses(text: string, tokens: readonly AddressToken[]): string {
    if (tokens.length === 0) return text;
    let result = '';
    let at = 0;
    for (const token of tokens) {
      const scope = addressScope(token.address);
      const replacement = isOurAddress(token.address)
        ? '[our-server]'
        : rules.maskInternalAddresses && scope !== 'public' && scope !== 'documentation'
          ? '[internal-address]'
          : null;
      if (replacement === null) continue;
      result += text.slice(at, token.index) + replacement;
      at = token.index + token.text.length;
    }
    return result + text.slice(at);
  }

  return {
    mask(text, tokens = addressTokens(text)) {
      let masked = maskAddresses(text, tokens);
      if (hostPattern) masked = masked.replace(hostPattern, '[our-server]');
      if (userPattern) masked = masked.replace(userPattern, (user) => labels.get(user) ?? user);
      return masked;
    },
    userLabel: (user) => labels.get(user) ?? user,
  };
}

// Lines that say someone got in, or a session for one of our accounts started: they tell a
// stranger which account works, so they never go out, whoever logged in.
// The end of such a session ("Disconnected from user U", "disconnected by user") tells as much.
// "successful logon for" is a Windows 4624 as windowsExcerptLine.ts writes it.
const successfulLogin =
  /\b(?:Accepted \S+ for|session (?:opened|closed) for user|New session \d+ of user|Successful su for|Disconnected from user|disconnected by user|successful logon for)\b/i;

export type RedactedExcerpt = {
  /** The lines that may be sent, masked, in log order. */
  lines: string[];
  /** How many lines mentioned the address but were left out, and why. */
  removedSuccessfulLogins: number;
  removedKnownGood: number;
};

/** The lines about the reported addresses that may go to their abuse desk, masked by `masker`. */
export function redactExcerpt(
  lines: readonly string[],
  reportedAddresses: readonly string[],
  rules: RedactionRules,
  masker: Masker = createMasker(rules),
): RedactedExcerpt {
  const isKnownGood = addressMatcher(rules.knownGood);
  const reported = new Set(reportedAddresses);
  const kept: string[] = [];
  let removedSuccessfulLogins = 0;
  let removedKnownGood = 0;
  for (const line of lines) {
    const tokens = addressTokens(line);
    if (!tokens.some((token) => reported.has(token.address))) continue;
    if (tokens.some((token) => isKnownGood(token.address))) {
      removedKnownGood++;
      continue;
    }
    if (successfulLogin.test(line)) {
      removedSuccessfulLogins++;
      continue;
    }
    kept.push(masker.mask(line, tokens));
  }
  return { lines: kept, removedSuccessfulLogins, removedKnownGood };
}

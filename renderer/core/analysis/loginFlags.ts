// Which successful logins deserve a second look, each with its reason in words. A login right
// after many failures from the same address (or its network) is how a brute-force break-in shows
// up in auth.log; a colleague who mistypes once and then logs in is shown, but not called an
// attack; a login from loopback came through a tunnel or port forward, so its address says
// nothing about where the person was.
import type { AttackSource, Login, LoginFlag, LoginReason } from './attackSource';
import type { AttackThresholds } from './attackThresholds';
import type { KnownGood } from './knownGood';
import { defaultAttackThresholds } from './attackThresholds';
import { attackAttempts } from './attackOrder';
import { knownGoodMatcher, noKnownGood } from './knownGood';
import { loginNetwork } from './loginNetwork';
import { tunnelledRemoteDesktopReason } from './tunnelledRemoteDesktop';
import { addressScope } from '../net/addressScope';
import {
  attackingInEarnest,
  attackWindow,
  neighboursThatTried,
  networkAttacks,
  windowWords,
} from './attackWindow';
import { loginClocksByUser, unusualHourReason } from './unusualHour';
import { formatCount, formatDayTime, nameList, plural } from './words';

export type LoginFlagOptions = { thresholds?: AttackThresholds; knownGood?: KnownGood };

/**
 * Flags that alone say "someone got in": the login came from an address that attacked, or after
 * failures for its user name from its network. A login that is merely new, at an odd hour or for
 * a name the attackers tried is a login to check (the person is asked), never a break-in by itself.
 */
export function isSuspiciousLogin(login: Pick<Login, 'flags'>): boolean {
  const flags = login.flags;
  return (
    flags.includes('from-attacking-address') ||
    flags.includes('remote-logon-from-attacker') ||
    flags.includes('from-attacking-network')
  );
}

/** What may hand a connection to sshd on the server itself, for a login "from" loopback. */
const loopbackForwarders =
  'a tunnel or port forward on the server (sslh, stunnel, "ssh -R", an RDP gateway) or a program on the server itself';

/** The logins with flags and reasons set (new objects, same order; the input is unchanged). */
export function flagLogins(
  logins: readonly Login[],
  sources: readonly AttackSource[],
  options: LoginFlagOptions = {},
): Login[] {
  // Nothing to flag: spare a case of 100,000 addresses the tables below.
  if (logins.length === 0) return [];
  const thresholds = options.thresholds ?? defaultAttackThresholds;
  const ours = knownGoodMatcher(options.knownGood ?? noKnownGood);
  // Only what a login asks about is looked up: the addresses and names that logged in. With
  // 300,000 attacking addresses, maps of all of them cost 90 MB for a handful of logins.
  const loginAddresses = new Set<string>();
  const loginNames = new Set<string>();
  for (const login of logins) {
    if (login.ip !== undefined) loginAddresses.add(login.ip);
    if (login.user !== '') loginNames.add(login.user);
  }
  const sourceOf = new Map<string, AttackSource>();
  for (const source of sources) if (loginAddresses.has(source.ip)) sourceOf.set(source.ip, source);
  const inTimeOrder = [...logins.keys()].sort(
    (a, b) => (logins[a]?.time ?? 0) - (logins[b]?.time ?? 0) || a - b,
  );
  const result: Login[] = [];
  const brokeInFrom = new Map<string, Login>();
  const seenNetworks = new Set<string>();
  let earlierLogins = 0;
  const isOurs = (ip: string) => ours.isOurAddress(ip);
  const attackedNames = namesAttackersTried(sources, thresholds, isOurs, loginNames);
  const loginClocks = loginClocksByUser(logins);
  const attackers = attackingInEarnest(sources, thresholds, isOurs);
  const window = attackWindow(attackers, thresholds);
  const loginNetworks = new Set(
    logins
      .map((login) => (login.ip === undefined ? undefined : loginNetwork(login.ip)))
      .filter((n) => n !== undefined),
  );
  const byNetwork = networkAttacks(attackers, loginNetworks);

  for (const index of inTimeOrder) {
    const login = logins[index] as Login;
    const flags: LoginFlag[] = [];
    const reasons: LoginReason[] = [];
    const add = (flag: LoginReason['flag'], text: string) => {
      if (flag !== 'failed-first' && flag !== 'loopback' && flag !== 'during-attack') flags.push(flag);
      reasons.push({ flag, text });
    };
    const ourAddress = ours.isOurAddress(login.ip);
    const source = login.ip === undefined ? undefined : sourceOf.get(login.ip);
    const loopback = login.ip !== undefined && addressScope(login.ip) === 'loopback';
    if (loopback) {
      // Remote Desktop "from" the computer itself was forwarded there: say so in its own words.
      add(
        'loopback',
        tunnelledRemoteDesktopReason(login) ??
          `Came from ${login.ip}, the server itself: through ${loopbackForwarders}. The address does not say where the person was.`,
      );
    }

    // 1. From an address that failed before it (or broke in before). Not for loopback: every
    // connection a tunnel forwards shares 127.0.0.1, the attackers' and ours alike.
    if (login.ip !== undefined && !ourAddress && !loopback) {
      const earlier = brokeInFrom.get(login.ip);
      const attacking = attackingBefore(login, source, thresholds);
      if (earlier) {
        add(
          'from-attacking-address',
          `The same address already got in at ${formatDayTime(earlier.time)} after failing many times: this is it coming back.`,
        );
      } else if (attacking) {
        add('from-attacking-address', attacking);
        brokeInFrom.set(login.ip, login);
      }
    }
    // 1b. After failures for this user name from other addresses of its network (same /24 or /64).
    const network = login.ip === undefined ? undefined : loginNetwork(login.ip);
    if (network !== undefined && login.ip !== undefined && !ourAddress && !loopback && login.user !== '') {
      if (!flags.includes('from-attacking-address')) {
        const near = neighboursThatTried(byNetwork, network, login.ip, login.user, login.time);
        if (near.count >= thresholds.loginAfterFailures) {
          add(
            'from-attacking-network',
            `Other addresses of the same network (${network}) tried the user name "${login.user}" ${plural(near.count, 'time', 'times')} before this login: ${nameList(near.addresses).replace(/"/g, '')}.`,
          );
        }
      }
    }

    const prior = login.priorFailures;
    if (!flags.includes('from-attacking-address') && prior && prior.sinceLastLogin > 0) {
      add(
        'failed-first',
        `${login.ip ?? 'The address'} failed ${plural(prior.sinceLastLogin, 'time', 'times')} just before — most likely a mistyped password (a login counts as suspicious after ${formatCount(thresholds.loginAfterFailures)} failures, or failures for ${formatCount(thresholds.loginAfterOtherUsers)} other user names).`,
      );
    }

    // 2. For a user name the attackers tried (from other addresses, which failed in earnest).
    const tried = login.user === '' ? undefined : attackedNames.get(login.user);
    if (tried) {
      // The login's own address does not count as "the attackers" here (rule 1 judges it) —
      // except loopback, where rule 1 does not judge: attacks through the tunnel count.
      const own = loopback ? 0 : (tried.byAddress.get(login.ip ?? '') ?? 0);
      const addresses = tried.byAddress.size - (own > 0 ? 1 : 0);
      if (addresses > 0) {
        add(
          'user-attackers-tried',
          `Attackers tried the user name "${login.user}" ${plural(tried.count - own, 'time', 'times')} from ${plural(addresses, 'address', 'addresses')}.`,
        );
      }
    }

    // 3. From an address or network never seen logging in before (loopback is not a place).
    if (network !== undefined && !ourAddress && !loopback) {
      if (earlierLogins >= thresholds.newAddressBaselineLogins && !seenNetworks.has(network)) {
        add(
          'new-address',
          `First login from ${login.ip} (network ${network}): none of the ${formatCount(earlierLogins)} earlier logins in these logs came from it.`,
        );
      }
    }

    // 4. At an unusual hour for this user.
    const clock = loginClocks.get(login.user);
    const unusual = clock && unusualHourReason(login, clock, thresholds);
    if (unusual) add('unusual-hour', unusual);

    // 5. Windows: Remote Desktop or network logon from an attacking address.
    if ((login.logonType === 10 || login.logonType === 3) && source && !ourAddress && !loopback) {
      if (attackAttempts(source) >= thresholds.loginAfterFailures) {
        const how =
          login.logonType === 10 ? 'Remote Desktop logon (LogonType 10)' : 'Network logon (LogonType 3)';
        add(
          'remote-logon-from-attacker',
          `${how} from ${source.ip}, which failed ${plural(attackAttempts(source), 'time', 'times')} in these logs.`,
        );
      }
    }

    // 6. While the attack went on: the person is asked about every such login until answered.
    if (window && login.time >= window.start && login.time <= window.end) {
      add('during-attack', `Logged in while the attack went on (${windowWords(window)}).`);
    }

    if (network !== undefined) seenNetworks.add(network);
    earlierLogins += 1;
    // Object.assign, not { ...login, flags, reasons }: a spread followed by a property the
    // source lacks gives every object a hidden class of its own in V8 (300 bytes a login: a
    // million logins cost 2.5 GB instead of about 1).
    result[index] = Object.assign({}, login, { flags, reasons });
  }
  return result;
}

/**
 * Per user name, how often addresses that failed in earnest tried it. Addresses marked as ours,
 * and colleagues' addresses that failed a little and also logged in, are not "the attackers".
 * Built once, so a case with 100,000 addresses is not searched again for every login.
 */
function namesAttackersTried(
  sources: readonly AttackSource[],
  thresholds: AttackThresholds,
  isOurs: (ip: string) => boolean,
  wanted: ReadonlySet<string>,
): Map<string, { count: number; byAddress: Map<string, number> }> {
  const names = new Map<string, { count: number; byAddress: Map<string, number> }>();
  for (const source of sources) {
    const attempts = attackAttempts(source);
    if (attempts === 0 || isOurs(source.ip)) continue;
    if (source.successes > 0 && attempts < thresholds.bruteForceMinAttempts) continue;
    for (const { user, count } of source.users) {
      if (!wanted.has(user)) continue;
      let name = names.get(user);
      if (name === undefined) {
        name = { count: 0, byAddress: new Map() };
        names.set(user, name);
      }
      name.count += count;
      name.byAddress.set(source.ip, count);
    }
  }
  return names;
}

/** The reason a login counts as coming from an attacking address, or undefined. */
function attackingBefore(
  login: Login,
  source: AttackSource | undefined,
  thresholds: AttackThresholds,
): string | undefined {
  const prior = login.priorFailures;
  if (prior) {
    const tooMany = prior.sinceLastLogin >= thresholds.loginAfterFailures;
    const otherNames = prior.otherUsersSinceLastLogin >= thresholds.loginAfterOtherUsers;
    if (!tooMany && !otherNames) return undefined;
    const names = source
      ? nameList(source.users.map((entry) => entry.user).filter((user) => user !== login.user))
      : '';
    return (
      `${login.ip} failed ${plural(prior.sinceLastLogin, 'time', 'times')} before this login` +
      (prior.otherUsersSinceLastLogin > 0
        ? `, also for ${plural(prior.otherUsersSinceLastLogin, 'other user name', 'other user names')}${names ? ` (${names})` : ''}.`
        : '.')
    );
  }
  // Logins imported before failures were counted per login: judge by the address's totals.
  if (!source || attackAttempts(source) < thresholds.loginAfterFailures) return undefined;
  return `${source.ip} failed ${plural(attackAttempts(source), 'time', 'times')} in these logs.`;
}

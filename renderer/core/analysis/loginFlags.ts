// Which successful logins deserve a second look. A login from an address that also failed or
// guessed user names is how a brute-force break-in shows up in auth.log.
import type { AttackSource, Login, LoginFlag } from './attackSource';
import { attackAttempts } from './attackOrder';

/** The logins with their flags set against these sources (new objects; the input is unchanged). */
export function flagLogins(logins: readonly Login[], sources: readonly AttackSource[]): Login[] {
  const attacking = new Set(
    sources.filter((source) => attackAttempts(source) > 0).map((source) => source.ip),
  );
  return logins.map((login) => {
    const flags: LoginFlag[] = login.flags.filter((flag) => flag !== 'from-attacking-address');
    if (login.ip !== undefined && attacking.has(login.ip)) flags.push('from-attacking-address');
    return { ...login, flags };
  });
}

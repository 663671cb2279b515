// The first sentence the person reads after an import: what happened, in words, before details.
import type { AttackSource, Login } from './attackSource';

const count = (value: number) => value.toLocaleString('en-US');
const plural = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;

const dayAndTime = (time: number) => {
  const iso = new Date(time).toISOString();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(11, 16)}`;
};

/** Addresses that tried and failed: the attackers, as far as the logs can tell. */
export function attackingSources(sources: readonly AttackSource[]): AttackSource[] {
  return sources.filter((source) => source.failures + source.invalidUsers > 0);
}

export function attackHeadline(sources: readonly AttackSource[], logins: readonly Login[]): string {
  const attackers = attackingSources(sources);
  if (attackers.length === 0) {
    return logins.length === 0
      ? 'These logs show no failed logins and no successful ones.'
      : `These logs show no failed logins; ${plural(logins.length, 'successful login', 'successful logins')}.`;
  }
  const attempts = attackers.reduce((sum, source) => sum + source.failures, 0);
  const userNames = new Set(attackers.flatMap((source) => source.users.map((entry) => entry.user)));
  const first = Math.min(...attackers.map((source) => source.firstSeen));
  const last = Math.max(...attackers.map((source) => source.lastSeen));
  const window = `Between ${dayAndTime(first)} and ${dayAndTime(last)} (UTC)`;
  const tried = `${plural(attackers.length, 'address', 'addresses')} tried ${plural(attempts, 'password', 'passwords')} for ${plural(userNames.size, 'user name', 'different user names')}.`;
  const flagged = logins.filter((login) => login.flags.includes('from-attacking-address'));
  const outcome =
    flagged.length > 0
      ? `${plural(flagged.length, 'successful login came', 'successful logins came')} from an address that also failed — look at ${flagged.length === 1 ? 'it' : 'them'} first.`
      : logins.length > 0
        ? `None of the ${plural(logins.length, 'successful login', 'successful logins')} came from an attacking address.`
        : 'No attempt succeeded.';
  return `${window}, ${tried} ${outcome}`;
}

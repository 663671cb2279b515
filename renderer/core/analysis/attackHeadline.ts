// The first sentence the person reads after an import: what happened, in words, before details.
// "Between 21 Nov 02:14 and 04:51 (UTC), 3 addresses made 1,284 login attempts (all passwords
// tried) for 57 different user names on sshd. No attempt succeeded." The numbers and their words
// are the count model's (attackCounts.ts), as on every other surface.
import type { UnplacedAttempts } from './unplacedAttempts';
import type { AttackSource, Login } from './attackSource';
import { attackAttempts } from './attackOrder';
import { attemptBreakdown, caseCounts, countText } from './attackCounts';
import { isSuspiciousLogin } from './loginFlags';
import { formatClock, formatDayTime, plural } from './words';
import { seenSpan } from '../math/extremes';

/** Addresses that tried and failed: the attackers, as far as the logs can tell. */
export function attackingSources(sources: readonly AttackSource[]): AttackSource[] {
  return sources.filter((source) => attackAttempts(source) > 0);
}

/** "21 Nov 02:14 and 04:51" within a day, "21 Nov 02:14 and 22 Nov 04:51" across days. */
function timeWindow(first: number, last: number): string {
  const sameDay = new Date(first).toISOString().slice(0, 10) === new Date(last).toISOString().slice(0, 10);
  return `Between ${formatDayTime(first)} and ${sameDay ? formatClock(last) : formatDayTime(last)} (UTC)`;
}

/** Sources and logins must already leave out what the person marked as their own. */
export function attackHeadline(
  sources: readonly AttackSource[],
  logins: readonly Login[],
  unplaced?: UnplacedAttempts,
): string {
  const attackers = attackingSources(sources);
  // Windows failures that named no address are attempts too: said, so the totals add up.
  const unplacedSentence =
    unplaced === undefined || unplaced.attempts === 0
      ? ''
      : ` ${plural(unplaced.attempts, 'more failed attempt', 'more failed attempts')} named no address (see the Confirm step).`;
  if (attackers.length === 0 && unplacedSentence !== '') {
    return `These logs show ${plural(unplaced!.attempts, 'failed attempt', 'failed attempts')} that named no address, and ${plural(logins.length, 'successful login', 'successful logins')}.`;
  }
  if (attackers.length === 0) {
    return logins.length === 0
      ? 'These logs show no failed logins and no successful ones.'
      : `These logs show no failed logins, only ${plural(logins.length, 'successful login', 'successful logins')}.`;
  }
  const counts = caseCounts(sources);
  const userNames = new Set(attackers.flatMap((source) => source.users.map((entry) => entry.user)));
  const services = [...new Set(attackers.flatMap((source) => source.services))];
  const { first, last } = seenSpan(attackers);
  const onlyConnected =
    counts.sourcesThatOnlyConnected === 0
      ? ''
      : ` ${plural(counts.sourcesThatOnlyConnected, 'more address', 'more addresses')} only connected, without a login attempt.`;
  const sentence =
    `${timeWindow(first, last)}, ${plural(attackers.length, 'address', 'addresses')} made ` +
    `${countText(counts.attempts, 'attempts')} (${attemptBreakdown(counts)}) for ` +
    `${plural(userNames.size, 'user name', 'different user names')} on ${services.join(', ') || 'the server'}.` +
    onlyConnected +
    unplacedSentence;
  const breakIns = logins.filter(isSuspiciousLogin);
  if (breakIns.length === 0) return `${sentence} No attempt succeeded.`;
  const firstIn = [...breakIns].sort((a, b) => a.time - b.time)[0] as Login;
  return (
    `${sentence} ${breakIns.length === 1 ? 'One login looks' : `${plural(breakIns.length, 'login looks', 'logins look')}`} like the attacker getting in: ` +
    `${firstIn.user || '(an empty name)'}${firstIn.ip ? ` from ${firstIn.ip}` : ''} at ${formatDayTime(firstIn.time)} (UTC).`
  );
}

// The management summary as content: every section a generated paragraph the person may rewrite.
// Edits are kept per case and win over the generated text; the generated text stays available
// ("Use the generated text again"). The PDF and the preview both render this model.
import { attemptBreakdown, caseCounts, countText as attemptsText } from '../analysis/attackCounts';
import { managerJournalLine, type JournalLineFacts } from './managerJournalLine';
import type { AttackSource, Login } from '../analysis/attackSource';
import type { AccessVerdict } from '../analysis/accessVerdict';
import { attackAttempts } from '../analysis/attackOrder';
import { attackingSources } from '../analysis/attackHeadline';
import type { SourceOwner } from './abuseGroups';
import { addressMatcher, type AddressList } from './addressTokens';
import { durationText, localWindow, utcStamp, utcWindow } from './reportTime';
import { countText, listWithMore, plainText, pluralText } from './plainText';
import { optionsText, recommendationText } from './summaryOptions';
import { seenSpan } from '../math/extremes';
import { isSuspiciousLogin } from '../analysis/loginFlags';
import { loginStanding } from '../analysis/loginStanding';

export type Verdict = {
  attack: 'confirmed' | 'dismissed' | 'undecided';
  /**
   * Whether anyone may have got in, as decided in the Logins step (or read from the flags):
   * 'to-check' while logins wait for the person's answer and none is shown to be a break-in.
   */
  access: 'suspected' | 'to-check' | 'none-found' | 'unknown';
  /** The Logins step's one sentence on it, when there is one. */
  reason?: string;
};

export type SummaryJournalLine = JournalLineFacts & { occurredAt: number };

export type SummaryFacts = {
  caseTitle: string;
  server: string;
  organisation: string;
  author: string;
  /** The office's zone, shown beside UTC. */
  timeZone: string;
  sources: readonly AttackSource[];
  logins: readonly Login[];
  owners: ReadonlyMap<string, SourceOwner>;
  knownGood: AddressList;
  verdict: Verdict;
  journal: readonly SummaryJournalLine[];
  /**
   * Cleared event logs (Windows 1102, 104), each in one sentence with what it means
   * (logClearedWarnings.ts): said first under "Did anyone get in", never left out.
   */
  logsCleared?: readonly string[];
};

export const summarySectionIds = [
  'what-happened',
  'when',
  'targeted',
  'who',
  'impact',
  'done',
  'options',
  'recommendation',
  'next-steps',
] as const;
export type SummarySectionId = (typeof summarySectionIds)[number];

export const summarySectionTitles: Record<SummarySectionId, string> = {
  'what-happened': 'What happened',
  when: 'When',
  targeted: 'What was targeted',
  who: 'Who',
  impact: 'Impact: did anyone get in?',
  done: 'What has been done',
  options: 'Options',
  recommendation: 'Recommendation',
  'next-steps': 'Next steps',
};

export type SummarySection = {
  id: SummarySectionId;
  title: string;
  generated: string;
  /** What is shown and exported: the person's edit if there is one, else the generated text. */
  text: string;
  edited: boolean;
};

export type SummaryEdits = Partial<Record<SummarySectionId, string>>;

/** The verdict in one line, for the PDF's first page and the case list. */
export function verdictLine(verdict: Verdict): string {
  const attack =
    verdict.attack === 'confirmed'
      ? 'Attack confirmed'
      : verdict.attack === 'dismissed'
        ? 'Not an attack'
        : 'Attack not yet confirmed';
  const access =
    verdict.access === 'suspected'
      ? 'possible break-in, treat the server as compromised'
      : verdict.access === 'unknown'
        ? 'the logs cannot tell whether anyone got in'
        : verdict.access === 'to-check'
          ? 'logins still to be confirmed, none shown to be a break-in'
          : 'no sign that anyone got in';
  return `Verdict: ${attack}; ${access}.`;
}

/**
 * Flags say it when the person has not decided yet (the command line): a login the evidence
 * calls a break-in, else logins to check, else none found (see core/analysis/loginStanding.ts).
 */
export function defaultVerdict(logins: readonly Login[]): Verdict {
  const standings = logins.map((login) => loginStanding(login, new Map()));
  return {
    attack: 'undecided',
    access: standings.includes('got-in')
      ? 'suspected'
      : standings.includes('to-check')
        ? 'to-check'
        : 'none-found',
  };
}

/**
 * The report's verdict from the case's (caseVerdict.ts): the app and the command line read it the
 * same way, so a file nothing was understood of says "cannot tell" in the PDF too.
 */
export function reportVerdict(access: AccessVerdict, attack: Verdict['attack'] = 'undecided'): Verdict {
  const standing: Record<AccessVerdict['status'], Verdict['access']> = {
    access: 'suspected',
    'no-access': 'none-found',
    'to-check': 'to-check',
    unknown: 'unknown',
  };
  return { attack, access: standing[access.status], reason: access.reason };
}

export function managementSummary(facts: SummaryFacts, edits: SummaryEdits = {}): SummarySection[] {
  const generated = generateSections(facts);
  return summarySectionIds.map((id) => {
    const edit = edits[id];
    const edited = edit !== undefined && edit !== generated[id];
    return {
      id,
      title: summarySectionTitles[id],
      generated: generated[id],
      text: edited ? edit : generated[id],
      edited,
    };
  });
}

/** The addresses a summary reports: attacking, and not marked as ours. */
function reportedAttackers(facts: Pick<SummaryFacts, 'sources' | 'knownGood'>) {
  const isKnownGood = addressMatcher(facts.knownGood);
  return attackingSources(facts.sources).filter((source) => !isKnownGood(source.ip));
}

/**
 * "4 hours 9 minutes": how long the attempts went on, first to last. The one computation of the
 * attack's length: the "When" section and the chart's sentence both say it, in these words (the
 * chart once said "in 6 hours", counting its hourly bars, beside "went on for 4 hours 9 minutes").
 */
export function attackDuration(facts: Pick<SummaryFacts, 'sources' | 'knownGood'>): string | null {
  const attackers = reportedAttackers(facts);
  if (attackers.length === 0) return null;
  const window = seenSpan(attackers);
  return durationText(window.last - window.first);
}

function generateSections(facts: SummaryFacts): Record<SummarySectionId, string> {
  const attackers = reportedAttackers(facts);
  const counts = caseCounts(attackers);
  const users = new Set(attackers.flatMap((source) => source.users.map((entry) => entry.user)));
  const server = plainText(facts.server.trim() || 'our server');
  const suspicious = facts.logins.filter(isSuspiciousLogin);
  const window = attackers.length === 0 ? null : seenSpan(attackers);
  const owner = plainText(facts.author.trim() || 'IT');

  const whatHappened =
    window === null
      ? `The logs of ${server} show no failed login attempts from outside. There is nothing to report to anyone.`
      : `Between ${utcStamp(window.first)} and ${utcStamp(window.last)}, ${pluralText(attackers.length, 'address', 'addresses')} ` +
        `tried to log in to ${server}: ${attemptsText(counts.attempts, 'attempts')} (${attemptBreakdown(counts)}) for ${pluralText(users.size, 'user name', 'different user names')}. ` +
        (facts.verdict.access === 'suspected'
          ? `${suspicious.length > 0 ? `${pluralText(suspicious.length, 'login', 'logins')} succeeded from an address that had also failed, so ` : ''}someone may have got in, and the server must be treated as compromised until checked.`
          : facts.verdict.access === 'unknown'
            ? 'The logs cannot show whether any of them got in.'
            : facts.verdict.access === 'to-check'
              ? 'None of them is shown to have got in, but a login in the logs still needs to be confirmed as one of ours.'
              : 'As far as the logs show, none of them got in.');

  const when =
    window === null
      ? 'No attack window: the logs show no failed attempts.'
      : `In office time: ${localWindow(window, facts.timeZone || 'UTC')}.\n` +
        `In UTC (the time abuse desks use): ${utcWindow(window)}.\n` +
        `The attempts went on for ${attackDuration(facts) ?? durationText(window.last - window.first)}.`;

  const topUsers = [...users]
    .map((user) => ({
      user,
      count: attackers.reduce((sum, s) => sum + (s.users.find((u) => u.user === user)?.count ?? 0), 0),
    }))
    .sort((a, b) => b.count - a.count)
    .slice(0, 8)
    .map(({ user, count }) => `${plainText(user)} (${countText(count)})`);
  const services = [...new Set(attackers.flatMap((source) => source.services))].map((service) =>
    service === 'sshd' ? 'SSH, the remote login service' : plainText(service),
  );
  const targeted =
    window === null
      ? `${server}; no service was attacked.`
      : `${server}, through ${listWithMore(services, 4)}. The user names tried most often: ${listWithMore(topUsers, 8)}.`;

  const internal = attackers.filter((source) => source.scope !== 'public');
  const external = attackers.filter((source) => source.scope === 'public');
  const ownerLines = external.slice(0, 10).map((source) => {
    const found = facts.owners.get(source.ip);
    const who = found?.owner
      ? `${plainText(found.owner)}${found.country ? ` (${found.country})` : ''}`
      : found?.abuseEmail
        ? `${found.contactKind && found.contactKind !== 'abuse' ? 'contact' : 'abuse contact'} ${plainText(found.abuseEmail)}`
        : found?.lookupProblem
          ? 'owner not known: the lookup did not work'
          : found
            ? 'owner not named by the registry'
            : 'owner not looked up';
    return `• ${source.ip}: ${attemptsText(attackAttempts(source), 'attempts')}; ${who}`;
  });
  const who =
    window === null
      ? 'Nobody.'
      : [
          `${pluralText(external.length, 'address is', 'addresses are')} on the internet (public)` +
            (internal.length > 0
              ? `; ${pluralText(internal.length, 'address is', 'addresses are')} inside our own network (private), which means a machine of ours took part and needs checking.`
              : '; none came from inside our own network.'),
          ...ownerLines,
          ...(external.length > 10
            ? [`• and ${countText(external.length - 10)} more (see the table of top sources)`]
            : []),
        ].join('\n');

  const impact = impactText(facts, suspicious);

  const done =
    facts.journal.length === 0
      ? 'Nothing recorded in the journal yet.'
      : facts.journal
          .filter((entry) => entry.kind !== 'analysis')
          .slice(-12)
          .map((entry) => `• ${utcStamp(entry.occurredAt).slice(0, 16)} UTC: ${managerJournalLine(entry)}`)
          .join('\n');

  const nextSteps = [
    ...(facts.verdict.access === 'suspected'
      ? [`• Disconnect ${server} from the internet and have its integrity checked. Owner: ${owner}, today.`]
      : []),
    ...(external.length > 0
      ? [`• Send the abuse emails and note the replies. Owner: ${owner}, this week.`]
      : []),
    `• Switch remote login to keys only and disable root login. Owner: ${owner}, this week.`,
    `• Install fail2ban for SSH. Owner: ${owner}, this month.`,
    `• Decide which option to take and close the case with a note. Owner: management.`,
  ].join('\n');

  return {
    'what-happened': whatHappened,
    when,
    targeted,
    who,
    impact,
    done,
    options: optionsText(),
    recommendation: recommendationText(facts.verdict.access),
    'next-steps': nextSteps,
  };
}

function impactText(facts: SummaryFacts, suspicious: readonly Login[]): string {
  const cleared = (facts.logsCleared ?? []).map((text) => `WARNING — a log was cleared. ${plainText(text)}`);
  const answer = accessAnswer(facts, suspicious);
  return cleared.length === 0 ? answer : [...cleared, answer].join('\n');
}

function accessAnswer(facts: SummaryFacts, suspicious: readonly Login[]): string {
  if (facts.verdict.access === 'suspected') {
    const evidence = suspicious
      .slice(0, 6)
      .map(
        (login) =>
          `• ${plainText(login.user)} logged in from ${login.ip ?? 'an unknown address'} at ${utcStamp(login.time)} (${plainText(login.file)}, line ${countText(login.line)})`,
      );
    return [
      'Possibly yes. ' +
        (suspicious.length > 0
          ? `${pluralText(suspicious.length, 'successful login came', 'successful logins came')} from addresses (or their networks) that also failed to log in:`
          : 'The person reviewing the logins marked the case as a possible break-in.'),
      ...evidence,
      'Until the server is checked, assume the attacker could read or change anything that account can.',
    ].join('\n');
  }
  if (facts.verdict.access === 'unknown') {
    return `Cannot tell. ${plainText(facts.verdict.reason ?? 'The logs do not show every login.')} Until more logs are collected, a check of the server is the safe choice.`;
  }
  if (facts.verdict.access === 'to-check') {
    return (
      `Not settled yet. ${plainText(facts.verdict.reason ?? 'Some logins still wait to be confirmed by the people who should have made them.')} ` +
      'Until each is confirmed, treat an unconfirmed one as possibly not ours.'
    );
  }
  const logins = facts.logins;
  if (logins.length === 0) return 'No. The logs show no successful login at all in this period.';
  const from = [...new Set(logins.map((login) => login.ip ?? 'the console'))];
  return (
    `No sign of it. The logs show ${pluralText(logins.length, 'successful login', 'successful logins')}, none from an address that attacked ` +
    `(they came from ${listWithMore(from, 5)}). This rests on the imported logs; an intruder with full control can erase log lines, which is why a check of the server is among the options.`
  );
}

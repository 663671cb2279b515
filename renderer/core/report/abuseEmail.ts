// The first message to an abuse desk. Written in the tone that gets help: we noticed; it appears
// to come from your network, perhaps without your knowledge; here is what we saw; we would
// appreciate your help; ask us for more. Facts first, all times in UTC with the zone stated.
import type { AttackSource } from '../analysis/attackSource';
import { attackAttempts } from '../analysis/attackOrder';
import type { AbuseRecipient } from './abuseGroups';
import { totalAttempts } from './abuseGroups';
import {
  fromHeader,
  signature,
  type AbuseEmailDraft,
  type DraftAttachment,
  type Reporter,
} from './abuseEmailDraft';
import { trimExcerpt } from './excerptTrim';
import { createMasker, redactExcerpt, type RedactedExcerpt, type RedactionRules } from './redaction';
import { localStamp, utcStamp, utcWindow } from './reportTime';
import { listWithMore, plainText, pluralText } from './plainText';
import { xarfLoginAttack } from './xarf';
import { contactKindWords } from '../lookup/whomToWrite';

export type AbuseEmailInput = {
  recipient: AbuseRecipient;
  /** Raw log lines mentioning each reported address, with their positions (see reportEvidence.ts). */
  linesByAddress: ReadonlyMap<string, AddressLines>;
  portsByAddress: ReadonlyMap<string, readonly number[]>;
  reporter: Reporter;
  /** The zone the server's log clock runs in: the excerpt's own stamps are in it. */
  logTimeZone: string;
  /** Our server as we want to name it to them: its public address, or null to leave it out. */
  ourServer: string | null;
  rules: RedactionRules;
  /** Our reference for the case, so a reply finds its way back. */
  reference: string;
  includeXarf: boolean;
};

export type AddressLines = { lines: readonly string[]; positions: readonly number[] };

export type AbuseEmail = { draft: AbuseEmailDraft; excerpt: RedactedExcerpt };

const serviceNames: Readonly<Record<string, string>> = {
  sshd: 'SSH (remote login, sshd)',
  windows: 'Windows logon (Remote Desktop, file sharing)',
};

export function serviceText(sources: readonly AttackSource[]): string {
  const services = [...new Set(sources.flatMap((source) => source.services))];
  return listWithMore(
    services.map((service) => serviceNames[service] ?? plainText(service)),
    4,
  );
}

export function composeAbuseEmail(input: AbuseEmailInput): AbuseEmail {
  const { recipient, rules } = input;
  const masker = createMasker(rules);
  const addresses = recipient.sources.map((source) => source.ip);
  const allLines = mergeLines(addresses.map((address) => input.linesByAddress.get(address)));
  const excerpt = redactExcerpt(allLines, addresses, rules, masker);
  const trimmed = trimExcerpt(excerpt.lines);
  const first = Math.min(...recipient.sources.map((source) => source.firstSeen));
  const last = Math.max(...recipient.sources.map((source) => source.lastSeen));
  const attempts = totalAttempts(recipient.sources);
  const single = recipient.sources.length === 1;
  const excerptFile = `${input.reference}-log-excerpt.txt`;

  const sourceLines = recipient.sources.map((source) => {
    const ports = input.portsByAddress.get(source.ip) ?? [];
    const users = source.users.map((entry) => plainText(masker.userLabel(entry.user)));
    const portText =
      ports.length === 0
        ? ''
        : `, source ${ports.length === 1 ? 'port' : 'ports'} ${listWithMore(ports.map(String), 8)}`;
    return [
      `  - ${source.ip}${portText}`,
      `    ${utcWindow({ first: source.firstSeen, last: source.lastSeen })}`,
      `    ${pluralText(attackAttempts(source), 'failed login attempt', 'failed login attempts')} for ${pluralText(users.length, 'user name', 'different user names')}: ${listWithMore(users, 12)}`,
    ].join('\n');
  });

  const text = [
    'Hello,',
    '',
    ...notAnAbuseDesk(recipient),
    `We are writing to let you know about ${single ? `an address in your network, ${recipient.sources[0]?.ip}` : `${recipient.sources.length} addresses in your network`}. ` +
      `Our server recorded ${pluralText(attempts, 'failed login attempt', 'failed login attempts')} from ${single ? 'it' : 'them'} ` +
      `between ${utcStamp(first)} and ${utcStamp(last)}. It appears to come from your network, quite possibly without the knowledge of the person ` +
      'responsible for the machine (a compromised computer or a misconfigured service often looks like this).',
    '',
    'What we saw (all times in UTC, +00:00):',
    `  Service: ${serviceText(recipient.sources)}`,
    // Named by the person on purpose, so not masked.
    ...(input.ourServer ? [`  Our server: ${plainText(input.ourServer)}`] : []),
    `  ${single ? 'Source address' : 'Source addresses'}:`,
    ...sourceLines,
    '',
    `Log excerpt (lines from our server's log that mention ${single ? 'this address' : 'these addresses'}; ` +
      `the stamps at the start of each line are ${stampZoneText(excerpt.lines, input.logTimeZone, first)}; ` +
      'our own account names and host names are replaced by placeholders such as [user-1] and [our-server]):',
    '',
    ...trimmed.lines.map((line) => `  ${plainText(line)}`),
    '',
    `The complete excerpt (${pluralText(excerpt.lines.length, 'line', 'lines')}) is attached as ${excerptFile}.` +
      (input.includeXarf ? ' A machine-readable X-ARF report is attached as well.' : ''),
    '',
    "We would appreciate your help in looking into this and, where appropriate, letting the machine's owner know. " +
      'If you need anything else from us (more log lines, other times, a different format), please reply to this ' +
      'email and we will gladly help.',
    '',
    'Thank you for your time.',
    '',
    'Kind regards,',
    ...signature(input.reporter),
    '',
    `Our reference: ${input.reference}`,
  ].join('\n');

  const attachments: DraftAttachment[] = [
    {
      filename: excerptFile,
      contentType: 'text/plain; charset=utf-8',
      content: excerptAttachment(excerpt, addresses, input, first),
    },
  ];
  if (input.includeXarf) {
    attachments.push({
      filename: `${input.reference}-xarf.json`,
      contentType: 'application/json',
      content: xarfLoginAttack({
        recipient,
        reporter: input.reporter,
        excerpt: excerpt.lines,
        reference: input.reference,
        ports: input.portsByAddress,
      }),
    });
  }
  return {
    draft: {
      to: recipient.abuseEmail,
      from: fromHeader(input.reporter),
      subject: `Failed login attempts from ${single ? recipient.sources[0]?.ip : `${recipient.sources.length} addresses in your network`} (${utcStamp(first).slice(0, 10)}, UTC) [${input.reference}]`,
      text,
      attachments,
    },
    excerpt,
  };
}

/**
 * Said first when the e-mail goes to a contact of the network other than its abuse contact (the
 * registry names none): they must know why it reached them, and that it may need passing on.
 */
function notAnAbuseDesk(recipient: AbuseRecipient): string[] {
  const kind = recipient.contactKind;
  if (kind === undefined || kind === 'abuse') return [];
  return [
    `We are writing to you as ${contactKindWords[kind]}, because the registry lists no abuse contact for it. ` +
      'If someone else handles reports like this one, we would be grateful if you passed it on.',
    '',
  ];
}

function logZoneText(zone: string, at: number): string {
  if (zone === '' || zone === 'UTC') return 'UTC';
  const stamp = localStamp(at, zone);
  return stamp.slice(stamp.indexOf(' ', 11) + 1);
}

// Windows events are quoted as lines stamped in UTC ("2026-11-20T07:00:10Z …", see
// windowsExcerptLine.ts); log lines keep the server's own stamps. Say which, or both.
const utcStamped = /^\d{4}-\d\d-\d\dT[\d:.]+Z /;

function stampZoneText(lines: readonly string[], zone: string, at: number): string {
  const inUtc = lines.filter((line) => utcStamped.test(line)).length;
  const serverClock = `the server's clock in ${logZoneText(zone, at)}`;
  if (inUtc === 0) return serverClock;
  return inUtc === lines.length ? 'in UTC' : `${serverClock}, or UTC where they end in Z`;
}

function excerptAttachment(
  excerpt: RedactedExcerpt,
  addresses: readonly string[],
  input: AbuseEmailInput,
  first: number,
): string {
  const header = [
    `Log lines mentioning ${addresses.join(', ')}`,
    `Our reference: ${input.reference}`,
    `Line stamps are ${stampZoneText(excerpt.lines, input.logTimeZone, first)}.`,
    'Our own account names, host names and internal addresses are replaced by placeholders.',
    '',
  ];
  return [...header, ...excerpt.lines.map(plainText)].join('\n') + '\n';
}

/** Lines of several addresses in log order; a line mentioning two of them appears once. */
function mergeLines(perAddress: readonly (AddressLines | undefined)[]): string[] {
  const byPosition = new Map<number, string>();
  for (const found of perAddress) {
    found?.lines.forEach((line, index) => byPosition.set(found.positions[index] ?? index, line));
  }
  return [...byPosition].sort((a, b) => a[0] - b[0]).map(([, line]) => line);
}

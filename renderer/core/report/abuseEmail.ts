// The first message to an abuse desk. Written in the tone that gets help: we noticed; it appears
// to come from your network, perhaps without your knowledge; here is what we saw; we would
// appreciate your help; ask us for more. Facts first, all times in UTC with the zone stated.
import { countText as attemptsText } from '../analysis/attackCounts';
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
import {
  createMasker,
  redactExcerpt,
  type Masker,
  type RedactedExcerpt,
  type RedactionRules,
} from './redaction';
import { localStamp, utcStamp, utcWindow } from './reportTime';
import { countText, listWithMore, plainText, pluralText } from './plainText';
import { excerptAttachmentLimit, sizeText, zipExcerpt } from './excerptArchive';
import { xarfLoginAttack } from './xarf';
import { seenSpan } from '../math/extremes';
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

/** Addresses described one by one in the body; the attachment lists every one. */
export const bodySourceLimit = 25;
/** Addresses whose first and last lines the body quotes when there are several. */
export const sampledAddressLimit = 10;
/** An excerpt up to this size (UTF-8) is attached as plain text; a larger one is zipped. */
export const plainExcerptLimit = 1024 * 1024;

export function composeAbuseEmail(input: AbuseEmailInput): AbuseEmail {
  const { recipient, rules } = input;
  const masker = createMasker(rules);
  const addresses = recipient.sources.map((source) => source.ip);
  const allLines = mergeLines(addresses.map((address) => input.linesByAddress.get(address)));
  const excerpt = redactExcerpt(allLines, addresses, rules, masker);
  const { first, last } = seenSpan(recipient.sources);
  const attempts = totalAttempts(recipient.sources);
  const single = recipient.sources.length === 1;
  const addressCount = pluralText(recipient.sources.length, 'address', 'addresses');
  const attachment = excerptAttachment(excerpt, addresses, input, first);

  const listed = recipient.sources.slice(0, bodySourceLimit);
  const sourceLines = listed.map((source) => {
    const ports = input.portsByAddress.get(source.ip) ?? [];
    const users = source.users.map((entry) => plainText(masker.userLabel(entry.user)));
    const portText =
      ports.length === 0
        ? ''
        : `, source ${ports.length === 1 ? 'port' : 'ports'} ${listWithMore(ports.map(String), 8)}`;
    return [
      `  - ${plainText(source.ip)}${portText}`,
      `    ${utcWindow({ first: source.firstSeen, last: source.lastSeen })}`,
      `    ${attemptsText(attackAttempts(source), 'attempts')} for ${pluralText(users.length, 'user name', 'different user names')}: ${listWithMore(users, 12)}`,
    ].join('\n');
  });
  const unlisted = recipient.sources.length - listed.length;

  const text = [
    'Hello,',
    '',
    ...notAnAbuseDesk(recipient),
    `We are writing to let you know about ${single ? `an address in your network, ${plainText(addresses[0] ?? '')}` : `${addressCount} in your network`}. ` +
      `Our server recorded ${attemptsText(attempts, 'attempts')} from ${single ? 'it' : 'them'} ` +
      `between ${utcStamp(first)} and ${utcStamp(last)}. It appears to come from your network, quite possibly without the knowledge of the person ` +
      'responsible for the machine (a compromised computer or a misconfigured service often looks like this).',
    '',
    'What we saw (all times in UTC, +00:00):',
    `  Service: ${serviceText(recipient.sources)}`,
    // Named by the person on purpose, so not masked.
    ...(input.ourServer ? [`  Our server: ${plainText(input.ourServer)}`] : []),
    `  ${single ? 'Source address' : 'Source addresses'}:`,
    ...sourceLines,
    ...(unlisted > 0
      ? [
          `  … and ${pluralText(unlisted, 'more address', 'more addresses')}: the attached file has the lines of every one.`,
        ]
      : []),
    '',
    `Log excerpt (lines from our server's log that mention ${single ? 'this address' : 'these addresses'}; ` +
      `the stamps at the start of each line are ${stampZoneText(excerpt.lines, input.logTimeZone, first)}; ` +
      'our own account names and host names are replaced by placeholders such as [user-1] and [our-server]):',
    '',
    ...bodySample(excerpt, recipient.sources, input, masker),
    '',
    attachment.sentence + (input.includeXarf ? ' A machine-readable X-ARF report is attached as well.' : ''),
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

  const attachments: DraftAttachment[] = [attachment.file];
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
      subject: `Failed login attempts from ${single ? plainText(addresses[0] ?? '') : `${addressCount} in your network`} (${utcStamp(first).slice(0, 10)}, UTC) [${input.reference}]`,
      text,
      attachments,
    },
    excerpt,
  };
}

/**
 * The readable part of the excerpt in the body. One address: its first and last lines (the
 * pattern) with a count of what is left out. Several: for the first few, the first two lines and
 * the last, with how many lines each has; the rest are in the attachment.
 */
function bodySample(
  excerpt: RedactedExcerpt,
  sources: readonly AttackSource[],
  input: AbuseEmailInput,
  masker: Masker,
): string[] {
  if (sources.length === 1) return trimExcerpt(excerpt.lines).lines.map((line) => `  ${plainText(line)}`);
  const sample: string[] = [];
  const sampled = sources.slice(0, sampledAddressLimit);
  for (const source of sampled) {
    const own = input.linesByAddress.get(source.ip);
    const lines = own ? redactExcerpt(own.lines, [source.ip], input.rules, masker).lines : [];
    if (lines.length === 0) continue;
    const shown = lines.length <= 3 ? lines : [lines[0]!, lines[1]!, lines[lines.length - 1]!];
    sample.push(
      `  ${plainText(source.ip)}: ${pluralText(lines.length, 'line', 'lines')}${lines.length > 3 ? ', the first two and the last' : ''}:`,
    );
    shown.forEach((line, index) => {
      if (lines.length > 3 && index === 2)
        sample.push(
          `    [… ${countText(lines.length - 3)} more lines from this address in the attached file …]`,
        );
      sample.push(`    ${plainText(line)}`);
    });
  }
  const others = sources.length - sampled.length;
  if (others > 0)
    sample.push(
      `  The lines of the other ${pluralText(others, 'address', 'addresses')} are in the attached file.`,
    );
  return sample;
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

/** The complete excerpt as a file, plain or zipped, and the body's sentence about it. */
function excerptAttachment(
  excerpt: RedactedExcerpt,
  addresses: readonly string[],
  input: AbuseEmailInput,
  first: number,
): { file: DraftAttachment; sentence: string } {
  const header =
    [
      `Log lines mentioning ${listWithMore(addresses.map(plainText), 50)}`,
      `Our reference: ${input.reference}`,
      `Line stamps are ${stampZoneText(excerpt.lines, input.logTimeZone, first)}.`,
      'Our own account names, host names and internal addresses are replaced by placeholders.',
      '',
    ].join('\n') + '\n';
  const lines = excerpt.lines;
  const total = pluralText(lines.length, 'line', 'lines');
  const textName = `${input.reference}-log-excerpt.txt`;
  let size = header.length;
  for (const line of lines) size += line.length + 1; // plainText keeps the length
  if (size <= plainExcerptLimit) {
    return {
      file: {
        filename: textName,
        contentType: 'text/plain; charset=utf-8',
        content: header + lines.map(plainText).join('\n') + '\n',
      },
      sentence: `The complete excerpt (${total}) is attached as ${textName}.`,
    };
  }
  const zipName = `${input.reference}-log-excerpt.zip`;
  // The file's time is when the attack began (zip cannot say before 1980), not when the draft was
  // made: the same case gives the same bytes.
  const archive = zipExcerpt(textName, header, lines, Math.max(first, 315_532_800_000), plainText);
  const file: DraftAttachment = { filename: zipName, contentType: 'application/zip', content: archive.bytes };
  const sentence =
    archive.linesIncluded === archive.linesTotal
      ? `The complete excerpt (${total}) is attached, compressed, as ${zipName} (${textName} inside).`
      : `The attached ${zipName} holds the first ${countText(archive.linesIncluded)} of the ${total} ` +
        `(${sizeText(excerptAttachmentLimit)} compressed is as much as we attach); the rest is available on request.`;
  return { file, sentence };
}

/** Lines of several addresses in log order; a line mentioning two of them appears once. */
function mergeLines(perAddress: readonly (AddressLines | undefined)[]): string[] {
  // Positions in a typed array and one sort of indices: a Map and an array of pairs per line
  // cost more memory than the 1.5 million lines themselves.
  let total = 0;
  for (const found of perAddress) total += found?.lines.length ?? 0;
  const positions = new Float64Array(total);
  const lines = new Array<string>(total);
  let count = 0;
  for (const found of perAddress) {
    if (found === undefined) continue;
    for (let index = 0; index < found.lines.length; index++) {
      positions[count] = found.positions[index] ?? index;
      lines[count++] = found.lines[index]!;
    }
  }
  const order = new Uint32Array(total);
  for (let index = 0; index < total; index++) order[index] = index;
  order.sort((a, b) => positions[a]! - positions[b]! || a - b);
  const merged: string[] = [];
  let previous = NaN;
  for (const index of order) {
    if (positions[index] === previous) continue;
    previous = positions[index]!;
    merged.push(lines[index]!);
  }
  return merged;
}

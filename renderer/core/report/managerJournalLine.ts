// One journal entry as the manager's "What has been done" says it: the incident's words, without
// the fingerprints, protocol names and error codes the journal keeps for a later check (those stay
// in the journal and in the PDF's appendix, one look away).
import type { JournalDetailValue } from '../journal/journalEntry';
import { plainText } from './plainText';

export type JournalLineFacts = {
  kind: string;
  summary: string;
  details?: Readonly<Record<string, JournalDetailValue>>;
};

const fingerprint = /\b(?:SHA-256 )?[0-9a-f]{64}\b/gi;
/** "(SHA-256 …)" after what it fingerprints: left out, the appendix lists them. */
const ownFingerprint = /\s*\((?:SHA-256 )?[0-9a-f]{64}\)/gi;

const text = (value: JournalDetailValue | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

const count = (value: JournalDetailValue | undefined): string | undefined =>
  typeof value === 'number' ? value.toLocaleString('en-US') : undefined;

export function managerJournalLine(entry: JournalLineFacts): string {
  const details = entry.details ?? {};
  if (entry.kind === 'evidence' && text(details.file) !== undefined && text(details.sha256) !== undefined) {
    const lines = count(details.lines);
    return plainText(
      `Log file "${text(details.file)}" kept as evidence${lines === undefined ? '' : ` (${lines} lines)`}; ` +
        'its fingerprint, which shows it was not changed, is in the appendix.',
    );
  }
  if (entry.kind === 'lookup' && text(details.hostName) !== undefined) {
    return plainText(
      text(details.error) !== undefined
        ? `Asked which address the name ${text(details.hostName)} points to: no answer.`
        : `Asked which address the name ${text(details.hostName)} points to: ${text(details.addresses) ?? 'none'}.`,
    );
  }
  if (entry.kind === 'lookup' && text(details.ip) !== undefined) {
    const ip = text(details.ip)!;
    if (text(details.error) !== undefined)
      return plainText(`Tried to look up who runs ${ip}: the registry could not be reached this time.`);
    const abuse = text(details.abuseContact);
    const registry = text(details.registry);
    return plainText(
      `Looked up who runs ${ip}${registry === undefined ? '' : ` (at ${registry})`}: ` +
        (abuse === undefined ? 'no abuse contact is registered.' : `abuse contact ${abuse}.`),
    );
  }
  return plainText(
    entry.summary.replace(ownFingerprint, '').replace(fingerprint, '(fingerprint in the appendix)'),
  );
}

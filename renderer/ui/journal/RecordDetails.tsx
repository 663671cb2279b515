// What the record check rests on, for whoever wants to see it: the head and its code, which key
// signed how far, how that key is kept, entries from before case binding, and the reports and
// backups that carried a head away from this computer.
import type { JournalKeyProtection } from '../../../preload/api';
import type { CaseRecordCheck } from '../../db/caseRecordCheck';
import { headCode } from '../../core/journal/journalHead';
import type { SealOccasion } from '../../core/journal/recordCheck';
import { EarlierReportCheck } from './EarlierReportCheck';

const protectionText: Record<JournalKeyProtection, string> = {
  'os-keychain': "This installation's key is sealed by the operating system's keychain.",
  'fixed-password':
    "This installation's key is sealed only with Electron's built-in password, because this Linux computer has no keyring: anyone with a copy of the app's data folder can sign with it.",
  'browser-storage':
    "This installation's key is kept by this browser as a key the page can use but not read: anyone who can run script in this page can sign with it.",
};

const occasionText: Record<SealOccasion, string> = {
  entry: 'entry',
  import: 'import',
  pdf: 'Report (PDF)',
  backup: 'Backup',
};

const utcMinute = (time: number) => `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export function RecordDetails({ caseId, check }: { caseId: number; check: CaseRecordCheck }) {
  return (
    <details className="record-details">
      <summary>How this record was checked</summary>
      {check.head ? (
        <p>
          Head: entry {check.head.seq}, check code <strong>{headCode(check.head)}</strong>, hash{' '}
          <code className="hash" aria-label="Journal head hash">
            {check.head.hash}
          </code>
        </p>
      ) : (
        <p>The journal is empty.</p>
      )}
      <ul>
        {check.keys.map((key) => (
          <li key={key.publicKey}>
            Entries up to #{key.through} are signed by{' '}
            {key.thisInstallation === true
              ? "this installation's key"
              : key.thisInstallation === false
                ? "another installation's key"
                : 'the key'}{' '}
            with fingerprint <code>{key.fingerprint}</code>.
          </li>
        ))}
        {check.keys.length === 0 && <li>No signature covers this journal yet.</li>}
        {check.unsigned && (
          <li>
            {check.unsigned.from === check.unsigned.to
              ? `Entry ${check.unsigned.from} is`
              : `Entries ${check.unsigned.from}–${check.unsigned.to} are`}{' '}
            not signed
            {check.unsigned.byImport
              ? ' yet: written by the import, they are signed with the next entry'
              : ''}
            .
          </li>
        )}
        {check.beforeCaseBinding > 0 && (
          <li>
            {check.beforeCaseBinding} {check.beforeCaseBinding === 1 ? 'entry was' : 'entries were'} written
            before case binding (by an older version of the app): the hash chain covers{' '}
            {check.beforeCaseBinding === 1 ? 'it' : 'them'}, but{' '}
            {check.beforeCaseBinding === 1 ? 'it does' : 'they do'} not name the case.
          </li>
        )}
        {check.badSignatures > 0 && (
          <li>
            {check.badSignatures} {check.badSignatures === 1 ? 'signature does' : 'signatures do'} not verify
            and {check.badSignatures === 1 ? 'was' : 'were'} ignored.
          </li>
        )}
        {check.installation && <li>{protectionText[check.installation.protection]}</li>}
      </ul>
      {check.witnesses.length > 0 && (
        <>
          <p>Reports and backups that carried this journal away:</p>
          <ul aria-label="Reports and backups made from this journal">
            {check.witnesses.map((witness) => (
              <li key={`${witness.occasion}-${witness.signedAt}-${witness.seq}`}>
                {occasionText[witness.occasion]}, {utcMinute(witness.signedAt)}: entry {witness.seq}, code{' '}
                {headCode(witness)}
              </li>
            ))}
          </ul>
        </>
      )}
      <EarlierReportCheck caseId={caseId} />
    </details>
  );
}

// The journal's hash chain, checked every time the case is shown. A broken chain is said loudly,
// with the first entry that does not fit; an intact one shows its head hash, which reports print
// so a paper copy can later be checked against the case.
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { verifyCaseJournal } from '../../db/journal';

export function ChainStatus({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const verdict = useLiveQuery(() => verifyCaseJournal(db, caseId), [db, caseId]);
  if (verdict === undefined) return <p className="chain-status">Checking the journal…</p>;
  if (!verdict.intact) {
    return (
      <div role="alert" className="chain-broken">
        <p className="chain-broken-title">Warning: this case&apos;s journal has been tampered with.</p>
        <p>
          {verdict.problem.message} The journal no longer matches its hash chain, so entries from #
          {verdict.problem.seq} on cannot be trusted as written. Do not rely on this copy: restore the case
          from a backup, and note in the journal who had access to this computer.
        </p>
      </div>
    );
  }
  return (
    <p className="chain-status chain-intact">
      Journal verified: {verdict.entries} {verdict.entries === 1 ? 'entry' : 'entries'}, unchanged since
      written.{' '}
      <span className="chain-head">
        Head hash{' '}
        <code className="hash" aria-label="Journal head hash">
          {verdict.headHash}
        </code>
      </span>
    </p>
  );
}

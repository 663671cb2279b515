// The case's record, checked every time the case is shown: one plain sentence, said loudly when
// the journal was changed or holds entries this installation never signed; the hashes, the keys
// and the reports that left this computer behind a disclosure, with the check against one of them.
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { readCaseRecord } from '../../db/caseRecord';
import { checkRecordRows, type CaseRecordCheck } from '../../db/caseRecordCheck';
import { recordSentence } from '../../core/journal/recordCheck';
import { RecordDetails } from './RecordDetails';

export function RecordStatus({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const rows = useLiveQuery(() => readCaseRecord(db, caseId), [db, caseId]);
  const [check, setCheck] = useState<CaseRecordCheck | undefined>(undefined);
  // Signatures are checked with WebCrypto, outside the live query (it may only await the database).
  useEffect(() => {
    if (!rows) return;
    let current = true;
    void checkRecordRows(db, rows).then((checked) => {
      if (current) setCheck(checked);
    });
    return () => {
      current = false;
    };
  }, [db, rows]);
  if (check === undefined) return <p className="chain-status">Checking the journal…</p>;
  const { tone, sentence } = recordSentence(check);
  const details = <RecordDetails caseId={caseId} check={check} />;
  if (tone === 'tampered') {
    return (
      <div role="alert" className="chain-broken">
        <p className="chain-broken-title">Warning: this case&apos;s journal has been tampered with.</p>
        <p>
          {sentence} The journal no longer matches what was written and signed, so entries from #
          {check.chain.intact ? (check.sealProblem?.seq ?? 1) : check.chain.problem.seq} on cannot be trusted
          as written. Do not rely on this copy: restore the case from a backup, check it against an earlier
          report, and note in the journal who had access to this computer.
        </p>
        {details}
      </div>
    );
  }
  if (tone === 'not-signed') {
    return (
      <div role="alert" className="chain-broken">
        <p className="chain-broken-title">Warning: part of this journal was not written here.</p>
        <p>{sentence}</p>
        {details}
      </div>
    );
  }
  return (
    <div className="chain-status chain-intact">
      <p>{sentence}</p>
      {details}
    </div>
  );
}

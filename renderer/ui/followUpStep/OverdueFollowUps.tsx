// On the case list: "2 follow-ups overdue" beside a case whose abuse desks are waiting for a
// second message. Nothing when none is due.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { overdueFollowUps } from '../../db/correspondence';

export function OverdueFollowUps({ caseId }: { caseId: number }) {
  const { db } = useServices();
  const [now] = useState(() => Date.now());
  const overdue = useLiveQuery(
    async () => (await overdueFollowUps(db, now)).get(caseId) ?? 0,
    [db, caseId, now],
  );
  if (!overdue) return null;
  return (
    <span className="overdue">{overdue === 1 ? '1 follow-up overdue' : `${overdue} follow-ups overdue`}</span>
  );
}

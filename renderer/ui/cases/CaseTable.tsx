// The list of cases: title, status, server, when opened and when last worked on.
import type { CaseSummary } from '../../db/caseList';
import { formatUtc } from '../shared/format';
import { OverdueFollowUps } from '../followUpStep/OverdueFollowUps';

export function CaseTable({
  cases,
  onOpen,
}: {
  cases: readonly CaseSummary[];
  onOpen: (caseId: number) => void;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Your cases">
      <table aria-label="Your cases">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Status</th>
            <th scope="col">Server</th>
            <th scope="col">Opened</th>
            <th scope="col">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((incidentCase) => (
            <tr key={incidentCase.id}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button case-open"
                  onClick={() => onOpen(incidentCase.id)}
                >
                  {incidentCase.title}
                </button>
              </th>
              <td>
                <span className={`case-status case-status-${incidentCase.status}`}>
                  {incidentCase.status === 'open' ? 'Open' : 'Closed'}
                </span>
                {incidentCase.status === 'open' && <OverdueFollowUps caseId={incidentCase.id} />}
              </td>
              <td>{incidentCase.server || '—'}</td>
              <td>{formatUtc(incidentCase.createdAt)}</td>
              <td>{formatUtc(incidentCase.lastActivity)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

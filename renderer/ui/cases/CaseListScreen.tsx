import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { listCases } from '../../db/queries';
import { useNavigation } from '../../state/store';
import { NewCaseForm } from './NewCaseForm';
import { SampleCaseButton } from './SampleCaseButton';
import { formatUtc } from '../shared/format';

export function CaseListScreen() {
  const { db } = useServices();
  const { openCase } = useNavigation();
  const cases = useLiveQuery(() => listCases(db), [db]);
  if (cases === undefined) return <p role="status">Opening your cases…</p>;

  return (
    <div className="case-list-screen">
      {cases.length === 0 ? (
        <section className="welcome" aria-labelledby="welcome-title">
          <h1 id="welcome-title">Found something alarming in a server log?</h1>
          <p>
            Incident Notebook helps you find out what happened, whether anyone got in, and who to tell — and
            keeps a record of every step. Start a case for what you noticed, then add the server&apos;s logs.
          </p>
          <p>Not sure yet? Try it with a sample log first: it shows the whole app in one click.</p>
          <SampleCaseButton />
        </section>
      ) : (
        <section aria-labelledby="cases-title">
          <h1 id="cases-title">Your cases</h1>
          <ul className="case-list">
            {cases.map((incidentCase) => (
              <li key={incidentCase.id}>
                <button
                  type="button"
                  className="case-card"
                  onClick={() => openCase(incidentCase.id, 'import')}
                >
                  <span className="case-card-title">{incidentCase.title}</span>
                  <span className="case-card-meta">
                    {incidentCase.server ? `Server ${incidentCase.server} · ` : ''}
                    {incidentCase.status === 'open' ? 'Open' : 'Closed'} · opened{' '}
                    {formatUtc(incidentCase.createdAt)} · last activity {formatUtc(incidentCase.updatedAt)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p className="next-step">Open a case to continue it, or start a new one below.</p>
          <SampleCaseButton />
        </section>
      )}
      <NewCaseForm onCreated={(caseId) => openCase(caseId, 'import')} />
    </div>
  );
}

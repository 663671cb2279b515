import type { CaseRecord } from '../../db/schema';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigation } from '../../state/store';
import { caseEvidence } from '../../db/queries';
import { useServices } from '../appServices';
import { plural } from '../shared/format';
import { formatUtc } from '../shared/format';
import { CaseDetailsForm } from '../cases/CaseDetailsForm';
import { CaseSafekeeping } from '../cases/CaseSafekeeping';
import { CaseClosing } from '../cases/CaseClosing';
import { DeleteCase } from '../cases/DeleteCase';

export function CaseStep({ incidentCase }: { incidentCase: CaseRecord }) {
  const { goToStep } = useNavigation();
  const { db } = useServices();
  const imported = useLiveQuery(() => caseEvidence(db, incidentCase.id), [db, incidentCase.id]);
  return (
    <div>
      <h2>The case</h2>
      <p>
        Write down what you noticed, on which server, who found it and who was told, while you still remember
        it. Opened {formatUtc(incidentCase.createdAt)}.
      </p>
      {/* Keyed by id so the form starts from the saved values when another case is opened. */}
      <CaseDetailsForm key={incidentCase.id} incidentCase={incidentCase} />
      {/* The next step follows the case: once logs are in, the question is whether it is an attack. */}
      {imported !== undefined && imported.length > 0 ? (
        <p className="next-step">
          {plural(imported.length, 'log is', 'logs are')} imported. Next: see whether this is an attack.{' '}
          <button type="button" className="primary" onClick={() => goToStep('confirm')}>
            Next: confirm the attack
          </button>
        </p>
      ) : (
        <p className="next-step">
          Next: add the server&apos;s logs.{' '}
          <button type="button" className="primary" onClick={() => goToStep('import')}>
            Go to Import
          </button>
        </p>
      )}
      <CaseSafekeeping incidentCase={incidentCase} />
      <CaseClosing incidentCase={incidentCase} />
      <DeleteCase incidentCase={incidentCase} />
    </div>
  );
}

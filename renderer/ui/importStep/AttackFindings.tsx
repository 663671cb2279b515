import type { AttackSource, Login } from '../../core/analysis/attackSource';
import { attackHeadline } from '../../core/analysis/attackHeadline';
import { useNavigation } from '../../state/store';
import type { EvidenceRecord } from '../../db/schema';
import { mergeUnplacedAttempts } from '../../core/analysis/unplacedAttempts';

/** A one-sentence summary right after the import; the Confirm and Logins steps hold the details. */
export function AttackFindings({
  sources,
  logins,
  evidence,
}: {
  sources: AttackSource[];
  logins: Login[];
  evidence: readonly EvidenceRecord[];
}) {
  const { goToStep } = useNavigation();
  return (
    <section aria-labelledby="findings-title" className="findings">
      <h3 id="findings-title">What the logs show</h3>
      <p className="headline">
        {attackHeadline(
          sources,
          logins,
          mergeUnplacedAttempts(evidence.map((file) => file.unplacedAttempts)),
        )}
      </p>
      <p className="next-step">
        Next: look at the attack closely and confirm it — then the app answers whether anyone got in.{' '}
        <button type="button" className="primary" onClick={() => goToStep('confirm')}>
          Next: confirm the attack
        </button>
      </p>
      <p className="hint">Add more logs above if the attack started before this file does.</p>
    </section>
  );
}

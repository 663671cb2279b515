// Windows failures that named no address: counted apart from the addresses table, with the names
// the clients gave their computers shown as the clients' own claim.
import type { EvidenceRecord } from '../../db/schema';
import { mergeUnplacedAttempts, unplacedAttemptsText } from '../../core/analysis/unplacedAttempts';

export function UnplacedAttemptsNote({ evidence }: { evidence: readonly EvidenceRecord[] }) {
  const unplaced = mergeUnplacedAttempts(evidence.map((file) => file.unplacedAttempts));
  if (unplaced === undefined) return null;
  return (
    <section className="note" aria-labelledby="unplaced-attempts-title">
      <h3 id="unplaced-attempts-title">Failed attempts without an address</h3>
      <p>{unplacedAttemptsText(unplaced)}</p>
      <p>
        To find where they came from, look at the server&apos;s firewall log for the same minutes, or turn on
        Network Level Authentication for Remote Desktop so Windows writes the address.
      </p>
    </section>
  );
}

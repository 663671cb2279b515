// One attacking address on the Source step: its scope, what the registry says, and the buttons.
import type { AttackSource } from '../../core/analysis/attackSource';
import type { AddressFindings } from '../../core/lookup/addressFindings';
import { lookupEligibility } from '../../core/lookup/lookupEligibility';
import { countText, sourceCounts } from '../../core/analysis/attackCounts';
import { scopeLabel } from '../importStep/scopeLabel';
import { OfflineFallback } from './OfflineFallback';
import { OwnerFacts } from './OwnerFacts';
import { addressTrust } from '../../core/lookup/addressTrust';

type Props = {
  caseId: number;
  source: AttackSource;
  findings: AddressFindings | undefined;
  offline: boolean;
  running: boolean;
  problem: string | undefined;
  onLookUp(ip: string): void;
  /** The step already said, once for all its addresses, why they can be believed. */
  trustSaid?: boolean;
};

export function AddressCard({
  caseId,
  source,
  findings,
  offline,
  running,
  problem,
  onLookUp,
  trustSaid = false,
}: Props) {
  const eligibility = lookupEligibility(source.ip);
  const latest = findings?.latest ?? null;
  const trust = trustSaid ? undefined : addressTrust(source.services);
  const counts = sourceCounts(source);
  return (
    <article className="address-card" aria-label={`Address ${source.ip}`}>
      <h4 className="address">{source.ip}</h4>
      <p className="address-meta">
        {countText(counts.attempts, 'attempts')}
        {counts.passwords > 0 && counts.passwords < counts.attempts
          ? ` (${countText(counts.passwords, 'passwords')})`
          : ''}{' '}
        · {scopeLabel[source.scope]}
      </p>
      {!eligibility.eligible ? (
        <p>{eligibility.explanation}</p>
      ) : (
        <>
          {trust && <p className="address-trust">{trust}</p>}
          {findings && <OwnerFacts findings={findings} />}
          {latest?.error && (
            <p role="alert" className="lookup-problem">
              The lookup did not work: {latest.error}.
            </p>
          )}
          {latest?.notes.map((note) => (
            <p key={note} className="lookup-note">
              {note}.
            </p>
          ))}
          {problem && (
            <p role="alert" className="lookup-problem">
              {problem}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              onClick={() => onLookUp(source.ip)}
              disabled={offline || running}
              aria-label={`${latest ? 'Look up again' : 'Look up'} ${source.ip}`}
            >
              {running ? 'Looking up…' : latest ? 'Look up again' : 'Look up'}
            </button>
            {offline && <span className="muted">Offline mode is on.</span>}
          </div>
          <OfflineFallback caseId={caseId} ip={source.ip} />
        </>
      )}
    </article>
  );
}

// A source the log named by host name (sshd's UseDNS): what the name means, a button that asks DNS
// which address it points to now, and for each public address it gives, the same registry lookup
// as any attacking address — said with the limit that a name answers for today, not for then.
import type { AttackSource } from '../../core/analysis/attackSource';
import { countText, sourceCounts } from '../../core/analysis/attackCounts';
import type { AddressFindings } from '../../core/lookup/addressFindings';
import {
  hostNameAnswerText,
  resolvedAddresses,
  type HostNameAddresses,
} from '../../core/lookup/hostNameAddresses';
import { scopeExplanations } from '../../core/lookup/lookupEligibility';
import { scopeLabel } from '../importStep/scopeLabel';
import { OwnerFacts } from './OwnerFacts';

type Props = {
  source: AttackSource;
  answer: HostNameAddresses | undefined;
  findings: ReadonlyMap<string, AddressFindings>;
  offline: boolean;
  resolving: boolean;
  running: ReadonlySet<string>;
  problem: string | undefined;
  onResolve(name: string): void;
  onLookUp(ip: string): void;
};

export function HostNameCard({
  source,
  answer,
  findings,
  offline,
  resolving,
  running,
  problem,
  onResolve,
  onLookUp,
}: Props) {
  const name = source.ip;
  return (
    <article className="address-card" aria-label={`Host name ${name}`}>
      <h4 className="address">{name}</h4>
      <p className="address-meta">
        {countText(sourceCounts(source).attempts, 'attempts')} · {scopeLabel['host-name']}
      </p>
      <p>{scopeExplanations['host-name']}</p>
      <div className="button-row">
        <button type="button" onClick={() => onResolve(name)} disabled={offline || resolving}>
          {resolving ? 'Asking DNS…' : answer ? `Ask DNS again for ${name}` : `Find the address of ${name}`}
        </button>
        {offline && <span className="muted">Offline mode is on.</span>}
      </div>
      {problem && (
        <p role="alert" className="lookup-problem">
          {problem}
        </p>
      )}
      {answer && (
        <>
          <p role="status">{hostNameAnswerText(answer)}</p>
          {resolvedAddresses(answer).map(({ ip, scope }) => {
            const found = findings.get(ip);
            const again = found?.latest ? 'Look up again' : 'Look up';
            return (
              <section key={ip} className="resolved-address" aria-label={`Address ${ip} of ${name}`}>
                <h5 className="address">{ip}</h5>
                {scope !== 'public' ? (
                  <p>{scopeExplanations[scope]}</p>
                ) : (
                  <>
                    {found && <OwnerFacts findings={found} />}
                    <div className="button-row">
                      <button
                        type="button"
                        onClick={() => onLookUp(ip)}
                        disabled={offline || running.has(ip)}
                        aria-label={`${again} ${ip}`}
                      >
                        {running.has(ip) ? 'Looking up…' : again}
                      </button>
                    </div>
                  </>
                )}
              </section>
            );
          })}
        </>
      )}
    </article>
  );
}

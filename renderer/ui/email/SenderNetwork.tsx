// Step "Sender's network": the originating address (the one our own server saw hand the message
// over) and who owns it — looked up with the same RDAP machinery as a log case's attackers, only
// when the person presses the button. Brands the mail pretends to be get their published desk.
import { useLiveQuery } from 'dexie-react-hooks';
import { brandDesksFor } from '../../core/email/brandAbuseDesks';
import { lookupEligibility } from '../../core/lookup/lookupEligibility';
import { whomToWrite } from '../../core/lookup/whomToWrite';
import type { OwnerRecord } from '../../core/lookup/ownerRecord';
import { caseAddressFindings } from '../../db/lookups';
import { readSettings } from '../../db/settings';
import { useServices } from '../appServices';
import { scopeLabel } from '../importStep/scopeLabel';
import { OwnerFacts } from '../sourceStep/OwnerFacts';
import { OfflineFallback } from '../sourceStep/OfflineFallback';
import { useAddressLookups } from '../sourceStep/useAddressLookups';
import type { MessageView } from './useMessageTrace';

/** A network's name is not its owner (OwnerFacts says the same): "in the network BT-CORPORATE". */
function networkWords(record: OwnerRecord | null): string {
  if (record?.owner) return `run by ${record.owner}`;
  if (record?.network.name) return `in the network ${record.network.name}`;
  return 'in a network the registry knows';
}

type Props = { caseId: number; view: MessageView; onNext: () => void };

export function SenderNetwork({ caseId, view, onNext }: Props) {
  const { db } = useServices();
  const findings = useLiveQuery(() => caseAddressFindings(db, caseId), [db, caseId]);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const offline = settings?.offlineMode ?? true;
  const { running, problems, lookUp } = useAddressLookups(caseId, offline);
  if (view.state === 'loading' || findings === undefined || settings === undefined)
    return <p role="status">Reading the sender&apos;s address…</p>;
  if (view.state !== 'ready' || view.trace.originatingAddress === null) {
    return (
      <div>
        <h2>The sender&apos;s network</h2>
        <p className="next-step">
          {view.state === 'ready'
            ? `No address to look up yet. ${view.trace.sentence}`
            : 'Add the message first (step 1), then mark your domain (step 2).'}
        </p>
      </div>
    );
  }
  const { trace } = view;
  const ip = trace.originatingAddress!;
  const handover = trace.handover.status === 'found' ? trace.hops[trace.handover.index]! : null;
  const found = findings.get(ip);
  const writeTo = whomToWrite(found);
  const eligibility = lookupEligibility(ip);
  const desks = brandDesksFor(trace.fromDomain, handover?.fromReverseName ?? null);
  const sentence = !eligibility.eligible
    ? eligibility.explanation
    : !found?.latest
      ? `Your server received the message from ${ip}. Look up who owns that address to know whom to tell.`
      : writeTo.kind === 'abuse' || writeTo.kind === 'network-contact'
        ? `${ip} is ${networkWords(found.latest.record)}; the report goes to ${writeTo.email}. Next: answer whether anyone clicked or replied.`
        : `The lookup of ${ip} names no one to write to. You can still report the message to the brand it abuses, below.`;
  return (
    <div>
      <h2>The sender&apos;s network</h2>
      <p className="next-step">
        {sentence}{' '}
        {found?.latest && (
          <button type="button" className="primary" onClick={onNext}>
            Next: did anyone click?
          </button>
        )}
      </p>
      <article className="address-card" aria-label={`Address ${ip}`}>
        <h3 className="address">{ip}</h3>
        <p className="address-meta">
          {scopeLabel[trace.originatingScope ?? 'invalid']}
          {handover?.fromReverseName ? ` · named ${handover.fromReverseName}` : ''}
          {handover?.byHost ? ` · handed to your server ${handover.byHost} at hop ${handover.number}` : ''}
        </p>
        {found && <OwnerFacts findings={found} />}
        {found?.latest?.error && (
          <p role="alert" className="lookup-problem">
            The lookup did not work: {found.latest.error}.
          </p>
        )}
        {problems[ip] && (
          <p role="alert" className="lookup-problem">
            {problems[ip]}
          </p>
        )}
        {eligibility.eligible && (
          <div className="button-row">
            <button
              type="button"
              className={found?.latest ? undefined : 'primary'}
              onClick={() => void lookUp(ip)}
              disabled={offline || running.has(ip)}
            >
              {running.has(ip)
                ? 'Looking up…'
                : found?.latest
                  ? 'Look up its owner again'
                  : 'Look up its owner'}
            </button>
            {offline && <span className="muted">Offline mode is on (Settings): nothing is looked up.</span>}
          </div>
        )}
        {eligibility.eligible && <OfflineFallback caseId={caseId} ip={ip} />}
      </article>
      {desks.length > 0 && (
        <section aria-labelledby="brand-title">
          <h3 id="brand-title">The brand it uses</h3>
          <p>
            The message uses the name of {desks.map((desk) => desk.brand).join(' and ')}. They ask to be told
            about such mail too:
          </p>
          <ul>
            {desks.map((desk) => (
              <li key={desk.brand}>
                {desk.brand}: {desk.mailbox ? `forward it to ${desk.mailbox}` : 'use their form'}, as their
                page says: <code className="registry-page">{desk.page}</code>
              </li>
            ))}
          </ul>
          <p className="hint">
            This list ships with the app; an address named inside the message is never used.
          </p>
        </section>
      )}
    </div>
  );
}

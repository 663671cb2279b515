// Step "Route": which way the message came, oldest hop first. Once the person's own domains are
// marked, the first hop received by one of them from outside is the handover; the lines below it
// are greyed — written by the sender's side, they may be forged.
import type { MessageTrace } from '../../core/email/messageTrace';
import { OurDomainsForm } from './OurDomainsForm';
import { AuthenticationChecks } from './AuthenticationChecks';
import { delayWords, hopTime, scopeWords, sendingName, sideWords } from './hopWords';
import { BreakableName } from './BreakableName';
import type { MessageView } from './useMessageTrace';

type Props = { caseId: number; view: MessageView; onNext: () => void };

export function RouteStep({ caseId, view, onNext }: Props) {
  if (view.state === 'loading') return <p role="status">Reading the route…</p>;
  if (view.state !== 'ready')
    return (
      <div>
        <h2>The route</h2>
        <p className="next-step">Add the message first (step 1): its route is read from its headers.</p>
      </div>
    );
  const { trace } = view;
  return (
    <div>
      <h2>The route</h2>
      <p className="next-step">
        {trace.sentence}{' '}
        {trace.handover.status === 'found' && (
          <button type="button" className="primary" onClick={onNext}>
            Next: the sender&apos;s network
          </button>
        )}
      </p>
      <OurDomainsForm
        key={view.ours.join(',')}
        caseId={caseId}
        ours={view.ours}
        suggested={trace.suggestedOurs}
        placed={trace.handover.status === 'found' || trace.handover.status === 'all-ours'}
      />
      {trace.hops.length > 0 && <HopTable trace={trace} />}
      <TraceFlags trace={trace} />
      <AuthenticationChecks trace={trace} />
    </div>
  );
}

function HopTable({ trace }: { trace: MessageTrace }) {
  const forged = trace.hops.some((hop) => hop.side === 'sender');
  return (
    <section aria-labelledby="hops-title">
      <h3 id="hops-title">Hops, oldest first</h3>
      <p className="hint">
        Each mail server that passed the message on wrote one line at the top of it. Read from the first line
        (where the message claims to start) down to your inbox.
        {forged &&
          ' Greyed lines were written by the sender’s side before the message reached you: they may be forged.'}
      </p>
      <div className="table-scroll">
        <table className="hop-table">
          <thead>
            <tr>
              <th scope="col">Hop</th>
              <th scope="col">Sent by</th>
              <th scope="col">Received by</th>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who wrote this line</th>
            </tr>
          </thead>
          <tbody>
            {trace.hops.map((hop) => (
              <tr key={hop.number} className={`hop-${hop.side}`} aria-label={`Hop ${hop.number}`}>
                <th scope="row">{hop.number}</th>
                <td className="hop-host">
                  {hop.fromAddress ? (
                    <span className="hop-address">{hop.fromAddress}</span>
                  ) : (
                    !sendingName(hop) && 'this server itself'
                  )}
                  {scopeWords(hop) && <span className="hop-scope"> · {scopeWords(hop)}</span>}
                  {sendingName(hop) && (
                    <span className="hop-name">
                      <BreakableName name={sendingName(hop)!} />
                    </span>
                  )}
                  {hop.fromHelo &&
                    hop.fromReverseName &&
                    hop.fromHelo.toLowerCase() !== hop.fromReverseName && (
                      <span className="hop-scope">
                        {' '}
                        calls itself <BreakableName name={hop.fromHelo} />
                      </span>
                    )}
                </td>
                <td className="hop-host">
                  {hop.byHost ? <BreakableName name={hop.byHost} /> : '(not named)'}
                  {hop.protocol && <span className="hop-scope"> · {hop.protocol}</span>}
                </td>
                <td className="hop-time">
                  {hopTime(hop)}
                  {hop.delay !== null && <span className="hop-scope hop-delay">{delayWords(hop.delay)}</span>}
                </td>
                <td>{sideWords[hop.side]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details>
        <summary>The Received lines as written</summary>
        <ol className="received-lines">
          {trace.hops.map((hop) => (
            <li key={hop.number}>
              <code>{hop.text}</code>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function TraceFlags({ trace }: { trace: MessageTrace }) {
  if (trace.flags.length === 0) return null;
  return (
    <section aria-labelledby="flags-title">
      <h3 id="flags-title">What looks odd</h3>
      <ul className="trace-flags">
        {trace.flags.map((flag) => (
          <li key={`${flag.kind}-${flag.hopNumber ?? ''}`}>{flag.words}</li>
        ))}
      </ul>
    </section>
  );
}

// Closing the door: ready-to-copy commands for the common setups, each with one line on what it
// does. Ticking an item journals it.
import { useState } from 'react';
import { useServices } from '../appServices';
import { tickRemediation } from '../../db/reports';
import { keysConfirmedId, type RemediationItem } from '../../core/report/remediationChecklist';

function CopyButton({ text, what }: { text: string; what: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={`Copy the command for ${what}`}
      onClick={async () => {
        await navigator.clipboard.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        );
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

/** "command" for one line, "N lines to copy" for a block (rules, a config section). */
function commandWord(command: string): string {
  const lines = command.split('\n').filter((line) => line.trim() !== '').length;
  return lines === 1 ? 'command' : `${lines.toLocaleString('en-US')} lines to copy`;
}

export function RemediationChecklist({
  caseId,
  items,
  done,
}: {
  caseId: number;
  items: readonly RemediationItem[];
  done: ReadonlySet<string>;
}) {
  const { db } = useServices();
  // Shown at once; the database (and the journal) catch up a moment later.
  const [ticked, setTicked] = useState<ReadonlyMap<string, boolean>>(new Map());
  const isDone = (id: string) => ticked.get(id) ?? done.has(id);
  return (
    <section aria-labelledby="remediation-title">
      <h3 id="remediation-title">Close the door</h3>
      <p>Pick what fits your server; tick an item once it is done (the journal records it).</p>
      <ul className="remediation-list">
        {items.map((item) => (
          <li key={item.id} className="panel">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={isDone(item.id)}
                onChange={(event) => {
                  const next = event.target.checked;
                  setTicked((current) => new Map(current).set(item.id, next));
                  void tickRemediation(db, caseId, item, next);
                }}
              />
              <strong>{item.title}</strong>
            </label>
            <p>
              {item.explanation} <span className="hint">Where: {item.setup}.</span>
            </p>
            {item.warning && (
              <p className="remediation-warning">
                <strong>Before you do this:</strong> {item.warning}
              </p>
            )}
            {item.precondition && (
              <p className={item.precondition.met ? 'hint' : 'remediation-warning'}>
                {item.precondition.text}
              </p>
            )}
            {item.precondition?.confirm && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={isDone(keysConfirmedId)}
                  onChange={(event) => {
                    const next = event.target.checked;
                    const confirmed = { id: keysConfirmedId, title: item.precondition?.confirm ?? '' };
                    setTicked((current) => new Map(current).set(keysConfirmedId, next));
                    void tickRemediation(db, caseId, confirmed, next);
                  }}
                />
                {item.precondition.confirm}
              </label>
            )}
            {/* Not offered as a command until its precondition is met: it would lock people out. */}
            {(item.precondition === undefined ||
              item.precondition.met ||
              (item.precondition.confirm !== undefined && isDone(keysConfirmedId))) && (
              // The commands are what the person copies, not what they read: behind a disclosure, so
              // the list reads as four or five choices instead of pages of addresses.
              <details className="remediation-command">
                <summary>Show the {commandWord(item.command)}</summary>
                <pre className="command">
                  <code>{item.command}</code>
                </pre>
                <CopyButton text={item.command} what={item.title} />
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

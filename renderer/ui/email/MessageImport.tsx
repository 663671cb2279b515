// Step "Message": the suspicious message as the person has it — an .eml or Outlook .msg file
// (dropped or chosen), or the headers pasted from "Show original". Stored as evidence with its
// SHA-256 and journaled; what it says is shown as text, never as markup.
import { useState, type DragEvent } from 'react';
import { utf8Bytes } from '../../core/file/textDecoding';
import { storeSuspiciousMessage } from '../../db/suspiciousMessages';
import { useServices } from '../appServices';
import type { MessageView } from './useMessageTrace';

/** Bigger than any mail a person is sent: refused before it is read. */
const messageLimit = 64 * 1024 * 1024;

type Props = { caseId: number; view: MessageView; onNext: () => void };

export function MessageImport({ caseId, view, onNext }: Props) {
  const { db } = useServices();
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [dragging, setDragging] = useState(false);

  async function store(name: string, bytes: Uint8Array) {
    setProblem(null);
    if (bytes.length > messageLimit) {
      setProblem(`"${name}" is over 64 MiB: that is no e-mail message.`);
      return;
    }
    try {
      await storeSuspiciousMessage(db, caseId, name, bytes);
      setReplacing(false);
      setPasted('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  const storeFile = async (file: File) => store(file.name, new Uint8Array(await file.arrayBuffer()));

  async function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) await storeFile(file);
  }

  if (view.state === 'loading') return <p role="status">Opening the message…</p>;
  const stored = view.state === 'ready' || view.state === 'unreadable' ? view.stored : null;
  const showPicker = stored === null || replacing;

  return (
    <div>
      <h2>The message</h2>
      {stored === null ? (
        <p className="next-step">
          No message yet. Add the suspicious e-mail as you have it: save it from your mail program as a file,
          or copy its headers.
        </p>
      ) : view.state === 'ready' ? (
        <p className="next-step">
          The message “{view.trace.subject ?? '(no subject)'}” is kept as evidence.{' '}
          {view.trace.hops.length > 0
            ? `It passed ${view.trace.hops.length === 1 ? 'one mail server' : `${view.trace.hops.length} mail servers`} on its way. Next: see which way it came.`
            : 'It carries no route to trace.'}{' '}
          {view.trace.hops.length > 0 && (
            <button type="button" className="primary" onClick={onNext}>
              Next: its route
            </button>
          )}
        </p>
      ) : (
        <p role="alert" className="lookup-problem">
          The stored file cannot be read as a message: {view.state === 'unreadable' ? view.problem : ''}
        </p>
      )}
      {stored !== null && view.state === 'ready' && (
        <dl className="message-facts">
          <dt>Subject</dt>
          <dd>{view.trace.subject ?? '(none)'}</dd>
          <dt>From (as the message claims)</dt>
          <dd>{view.trace.from ?? '(none)'}</dd>
          <dt>Sent (as the message claims)</dt>
          <dd>{view.trace.date ?? '(no date)'}</dd>
          <dt>Kept as</dt>
          <dd>
            {stored.evidence.name} · {stored.evidence.formatLabel} ·{' '}
            {stored.evidence.size.toLocaleString('en-US')} bytes
          </dd>
          <dt>SHA-256</dt>
          <dd className="hash">{stored.evidence.sha256}</dd>
        </dl>
      )}
      {view.state === 'ready' && view.message.note && <p className="hint">{view.message.note}</p>}
      {problem && (
        <p role="alert" className="lookup-problem">
          {problem}
        </p>
      )}
      {stored !== null && !replacing && (
        <button type="button" onClick={() => setReplacing(true)}>
          Use another message instead
        </button>
      )}
      {showPicker && (
        <>
          <div
            className={`drop-zone${dragging ? ' dragging' : ''}`}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(event) => void drop(event)}
          >
            <p>Drop the message file here (.eml or Outlook .msg), or</p>
            <label htmlFor="message-file" className="file-label">
              Choose the message file…
            </label>
            <input
              id="message-file"
              type="file"
              accept=".eml,.msg,.txt,message/rfc822"
              className="visually-hidden-file"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void storeFile(file);
              }}
            />
            <p className="hint">
              Outlook: drag the mail from the list to the desktop (a .msg file). Thunderbird and Apple Mail:
              “Save As…” gives an .eml file.
            </p>
          </div>
          <form
            className="paste-headers"
            onSubmit={(event) => {
              event.preventDefault();
              if (pasted.trim() !== '') void store('pasted-headers.txt', utf8Bytes(pasted));
            }}
          >
            <label htmlFor="message-headers">Or paste the headers</label>
            <p className="hint" id="message-headers-hint">
              Gmail: ⋮ → “Show original”. Outlook on the web: ⋯ → “View” → “View message source”. Copy all of
              it.
            </p>
            <textarea
              id="message-headers"
              aria-describedby="message-headers-hint"
              rows={6}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
            <div className="button-row">
              <button type="submit" disabled={pasted.trim() === ''}>
                Read the pasted headers
              </button>
              {replacing && (
                <button type="button" onClick={() => setReplacing(false)}>
                  Keep the message I have
                </button>
              )}
            </div>
          </form>
        </>
      )}
    </div>
  );
}

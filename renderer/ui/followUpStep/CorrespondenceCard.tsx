// One abuse desk: what was sent (and its hash), the replies, when to follow up, the outcome, and
// a follow-up email ready to go.
import { useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import type { CorrespondenceRecord } from '../../db/schema';
import { recordReply, setFollowUpDue, setOutcome } from '../../db/correspondence';
import { composeFollowUpEmail, type FollowUpInput } from '../../core/report/followUpEmail';
import { draftAsText, type Reporter } from '../../core/report/abuseEmailDraft';
import { useOfficeTime } from '../shared/useOfficeTime';

const dateInput = (time: number | null) => (time === null ? '' : new Date(time).toISOString().slice(0, 10));

export function CorrespondenceCard({
  row,
  reporter,
  reference,
  fileStem,
  now,
  since,
}: {
  since: FollowUpInput['since'];
  row: CorrespondenceRecord;
  reporter: Reporter;
  reference: string;
  fileStem: string;
  now: number;
}) {
  const formatTime = useOfficeTime();
  const { db, api } = useServices();
  const [reply, setReply] = useState('');
  const [outcome, setOutcomeText] = useState(row.outcome);
  const [message, setMessage] = useState('');
  const id = `contact-${row.id}`;
  const overdue = row.followUpDue !== null && row.followUpDue < now;
  const followUp = composeFollowUpEmail({
    abuseEmail: row.abuseEmail,
    addresses: row.addresses,
    reporter,
    reference,
    sentAt: row.sentAt,
    replied: row.replies.length > 0,
    since,
    originalSubject: row.subject,
  });

  async function saveReply(event: FormEvent) {
    event.preventDefault();
    if (reply.trim() === '') return;
    await recordReply(db, row.id, reply.trim());
    setReply('');
  }

  async function saveFollowUp() {
    const bytes = await api.composeAbuseEmail(followUp);
    const mailbox = row.abuseEmail.replace(/[^a-z0-9.@-]/gi, '_');
    const result = await api.saveFile({
      suggestedName: `${fileStem}-follow-up-${mailbox}.eml`,
      mimeType: 'message/rfc822',
      bytes,
    });
    setMessage(result.saved ? `Saved the follow-up draft as ${result.path}.` : 'Not saved.');
  }

  return (
    <article className="panel correspondence" aria-labelledby={id}>
      <h4 id={id}>{row.abuseEmail}</h4>
      <p>
        Sent {formatTime(row.sentAt)} about {row.addresses.join(', ')}.
      </p>
      {/* The fingerprint proves later what exactly was sent; nobody needs to read it now. */}
      <details>
        <summary>Fingerprint of what was sent</summary>
        <code className="hash">{row.sentSha256}</code>
      </details>
      {overdue && (
        <p className="overdue">A follow-up was due {dateInput(row.followUpDue)}: time to write again.</p>
      )}
      {row.replies.map((entry, index) => (
        <blockquote key={index} className="reply">
          <p className="hint">Reply received {formatTime(entry.receivedAt)}</p>
          <pre>{entry.text}</pre>
        </blockquote>
      ))}
      <form onSubmit={saveReply} className="form-grid">
        <label htmlFor={`${id}-reply`}>Paste their reply</label>
        <textarea
          id={`${id}-reply`}
          rows={3}
          value={reply}
          onChange={(event) => setReply(event.target.value)}
        />
        <label htmlFor={`${id}-due`}>Follow up on</label>
        <input
          id={`${id}-due`}
          type="date"
          value={dateInput(row.followUpDue)}
          onChange={(event) =>
            setFollowUpDue(
              db,
              row.id,
              event.target.value === '' ? null : Date.parse(`${event.target.value}T09:00:00Z`),
            )
          }
        />
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <input
          id={`${id}-outcome`}
          value={outcome}
          placeholder="e.g. the customer's server was cleaned"
          onChange={(event) => setOutcomeText(event.target.value)}
          onBlur={() => outcome !== row.outcome && setOutcome(db, row.id, outcome)}
        />
        <div className="form-actions">
          <button type="submit">Save reply</button>
        </div>
      </form>
      <details>
        <summary>Follow-up email to {row.abuseEmail}</summary>
        <pre className="email-preview">{draftAsText(followUp)}</pre>
        <button type="button" onClick={saveFollowUp}>
          Save follow-up .eml draft
        </button>
      </details>
      {message && <p role="status">{message}</p>}
    </article>
  );
}

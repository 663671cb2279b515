// One abuse email: who it goes to, the log as it is beside exactly what will be sent, and the
// ways to send it without a mail server of ours (copy, mail program, .eml draft), then "sent".
import { useState } from 'react';
import { useServices } from '../appServices';
import type { AbuseEmail } from '../../core/report/abuseEmail';
import type { AbuseRecipient } from '../../core/report/abuseGroups';
import { draftPreview, mailtoLink, mailtoLengthLimit } from '../../core/report/abuseEmailDraft';
import { markDraftSent } from '../../db/correspondence';
import type { CorrespondenceRecord } from '../../db/schema';
import { plural } from '../shared/format';
import { contactKindWords } from '../../core/lookup/whomToWrite';
import { useOfficeTime } from '../shared/useOfficeTime';

/** Lines of our log and of the attached excerpt shown here; the draft itself has them all. */
const previewLines = 20;

export function AbuseDraftCard({
  caseId,
  fileStem,
  recipient,
  email,
  originalLines,
  sent,
}: {
  caseId: number;
  fileStem: string;
  recipient: AbuseRecipient;
  email: AbuseEmail;
  originalLines: readonly string[];
  sent: CorrespondenceRecord | undefined;
}) {
  const formatTime = useOfficeTime();
  const { db, api } = useServices();
  const [message, setMessage] = useState('');
  const { draft, excerpt } = email;
  const mailto = mailtoLink(draft);
  const headingId = `draft-${recipient.abuseEmail.replace(/[^a-z0-9]/gi, '-')}`;
  const addresses = recipient.sources.map((source) => source.ip);
  const keptHere = [
    ...(excerpt.removedSuccessfulLogins > 0
      ? [
          plural(
            excerpt.removedSuccessfulLogins,
            'line about a successful login',
            'lines about successful logins',
          ),
        ]
      : []),
    ...(excerpt.removedKnownGood > 0
      ? [
          plural(
            excerpt.removedKnownGood,
            'line with a known-good address',
            'lines with known-good addresses',
          ),
        ]
      : []),
  ];

  async function saveEml() {
    const bytes = await api.composeAbuseEmail(draft);
    const mailbox = recipient.abuseEmail.replace(/[^a-z0-9.@-]/gi, '_');
    const result = await api.saveFile({
      suggestedName: `${fileStem}-abuse-${mailbox}.eml`,
      mimeType: 'message/rfc822',
      bytes,
    });
    setMessage(
      result.saved
        ? `Saved the draft as ${result.path}. Open it in your mail program and send it from there.`
        : 'Not saved.',
    );
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(draft.text);
      setMessage(
        'Copied the email text. Paste it into a new email to ' +
          draft.to +
          '; the full excerpt is only in the .eml draft.',
      );
    } catch {
      setMessage('Copying was not allowed here; select the text in the preview and copy it by hand.');
    }
  }

  return (
    <article className="panel abuse-draft" aria-labelledby={headingId}>
      <h4 id={headingId}>
        To {recipient.abuseEmail}
        {recipient.owners.length > 0 && ` (${recipient.owners.join(', ')})`}
      </h4>
      {recipient.contactKind && recipient.contactKind !== 'abuse' && (
        <p className="hint">
          Not an abuse desk: {contactKindWords[recipient.contactKind]}, because the registry names no abuse
          contact for this network. The email says so and asks them to pass it on.
        </p>
      )}
      <p>
        About {addresses.join(', ')}. {plural(excerpt.lines.length, 'log line goes', 'log lines go')} with it
        {keptHere.length > 0 && `; ${keptHere.join(' and ')} stay here`}. Our user and server names are
        replaced by placeholders.
      </p>
      <section aria-label={`Exactly what will be sent to ${recipient.abuseEmail}`}>
        <h5>Exactly what will be sent</h5>
        <pre className="email-preview">{draftPreview(draft, previewLines)}</pre>
      </section>
      {/* Our own lines are for checking what the placeholders replaced, not for reading first. */}
      <details className="draft-original">
        <summary>Compare with our own log (not sent)</summary>
        <section aria-label={`Our log about ${addresses.join(', ')} (not sent)`}>
          <pre className="log-preview">
            {originalLines.slice(0, previewLines).join('\n')}
            {originalLines.length > previewLines
              ? `\n… and ${(originalLines.length - previewLines).toLocaleString('en-US')} more lines`
              : ''}
          </pre>
        </section>
      </details>
      <div className="form-actions">
        <button type="button" onClick={copy}>
          Copy email text
        </button>
        {mailto ? (
          <a className="button-link" href={mailto}>
            Open in mail program
          </a>
        ) : (
          <span className="hint">
            Too long for “open in mail program” (over {mailtoLengthLimit} characters): save the draft instead.
          </span>
        )}
        <button type="button" className="primary" onClick={saveEml}>
          Save .eml draft
        </button>
        {sent ? (
          <span className="sent-note">Marked as sent {formatTime(sent.sentAt)}.</span>
        ) : (
          <button type="button" onClick={() => markDraftSent(db, caseId, draft, addresses)}>
            Mark as sent
          </button>
        )}
      </div>
      {message && <p role="status">{message}</p>}
    </article>
  );
}

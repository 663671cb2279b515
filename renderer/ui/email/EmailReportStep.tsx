// Step "Report": the polite report to the sending network's abuse desk (the original attached as
// message/rfc822, or the headers only), the same as an ARF report for desks that process reports
// automatically, and the management summary. Built in the page with the one MIME writer; each
// saved file is journaled with its SHA-256.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { arfReportDraft } from '../../core/email/arfReport';
import { brandDesksFor } from '../../core/email/brandAbuseDesks';
import { emailCaseSummary, emailSummary } from '../../core/email/emailCaseSummary';
import { reportReveals } from '../../core/email/reportReveals';
import { spamReportDraft } from '../../core/email/spamReport';
import { utf8Bytes } from '../../core/file/textDecoding';
import { whomToWrite } from '../../core/lookup/whomToWrite';
import { draftAsText, type AbuseEmailDraft } from '../../core/report/abuseEmailDraft';
import { emlBytes } from '../../core/report/emlMessage';
import { caseAddressFindings } from '../../db/lookups';
import type { CaseRecord } from '../../db/schema';
import { readSettings } from '../../db/settings';
import { caseClickDecision, recordMessageReport } from '../../db/suspiciousMessages';
import { useServices } from '../appServices';
import type { MessageView } from './useMessageTrace';

type Props = { incidentCase: CaseRecord; view: MessageView };

const fileStem = (title: string) =>
  title
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'case';

export function EmailReportStep({ incidentCase, view }: Props) {
  const { db, api } = useServices();
  const caseId = incidentCase.id;
  const findings = useLiveQuery(() => caseAddressFindings(db, caseId), [db, caseId]);
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const clicked = useLiveQuery(() => caseClickDecision(db, caseId), [db, caseId]);
  const [recipient, setRecipient] = useState<string | null>(null);
  const [headersOnly, setHeadersOnly] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The summary says when it was written: when this screen was opened.
  const [openedAt] = useState(() => Date.now());
  if (view.state === 'loading' || findings === undefined || settings === undefined || clicked === undefined)
    return <p role="status">Preparing the report…</p>;
  if (view.state !== 'ready' || view.trace.originatingAddress === null)
    return (
      <div>
        <h2>Report</h2>
        <p className="next-step">
          The report needs the address the message came from: add the message and mark your domain first
          (steps 1 and 2).
        </p>
      </div>
    );
  const { trace, message } = view;
  const ip = trace.originatingAddress!;
  const found = findings.get(ip);
  const writeTo = whomToWrite(found);
  const registryEmail = writeTo.kind === 'abuse' || writeTo.kind === 'network-contact' ? writeTo.email : '';
  const handoverName =
    trace.handover.status === 'found' ? trace.hops[trace.handover.index]!.fromReverseName : null;
  const brandMailbox =
    brandDesksFor(trace.fromDomain, handoverName).find((desk) => desk.mailbox)?.mailbox ?? '';
  const to = recipient ?? (registryEmail || brandMailbox);
  const reporter = { name: settings.name, organisation: settings.organisation, email: settings.email };
  const request = { trace, message, to, reporter, headersOnly };
  const draft = spamReportDraft(request);
  const reveals = reportReveals(message.header, trace);
  const wholeAttached = draft.attachments[0]?.contentType === 'message/rfc822';
  const stem = fileStem(incidentCase.title);

  async function save(what: string, fileName: string, mimeType: string, bytes: Uint8Array) {
    setProblem(null);
    try {
      const result = await api.saveFile({ suggestedName: fileName, mimeType, bytes });
      if (!result.saved) return;
      await recordMessageReport(db, caseId, what, mimeType === 'message/rfc822' ? to : '', bytes);
      setSaved(`${what} saved as ${fileName}.`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  const saveDraft = (what: string, suffix: string, built: AbuseEmailDraft) => {
    try {
      return save(what, `${stem}-${suffix}.eml`, 'message/rfc822', emlBytes(built, { now: Date.now() }));
    } catch (error) {
      // The writer refuses a recipient that is not one address: say so beside the field.
      setProblem(error instanceof Error ? error.message : String(error));
      return Promise.resolve();
    }
  };

  const summaryFacts = {
    caseTitle: incidentCase.title,
    trace,
    reveals,
    owner: found?.latest?.record?.owner ?? found?.latest?.record?.network.name ?? null,
    reportTo: to || null,
    clicked: clicked?.answer ?? null,
    writtenAt: openedAt,
    author: settings.name,
  };
  const summary = emailCaseSummary(summaryFacts);

  async function savePdf() {
    setProblem(null);
    try {
      const { renderEmailSummaryPdf } = await import('../../pdf/renderEmailSummaryPdf');
      const bytes = await renderEmailSummaryPdf(emailSummary(summaryFacts));
      await save('Management summary (PDF)', `${stem}-summary.pdf`, 'application/pdf', bytes);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <div>
      <h2>Report</h2>
      <p className="next-step">
        {to
          ? `The report to ${to} is ready below. Save it, open it in your mail program and send it.`
          : `No abuse address is known for ${ip} yet: look up its owner (step 3) or type an address below.`}
      </p>
      <div className="form-grid">
        <label htmlFor="report-to">Send the report to</label>
        <input
          id="report-to"
          type="email"
          value={to}
          onChange={(event) => setRecipient(event.target.value)}
          placeholder="abuse@provider.example"
        />
      </div>
      <label className="radio">
        <input
          type="checkbox"
          checked={headersOnly}
          onChange={(event) => setHeadersOnly(event.target.checked)}
        />{' '}
        Attach the headers only, not the whole message
      </label>
      {message.rfc822 === null && (
        <p className="hint">
          Only the headers are known (pasted, or from an Outlook file), so only they are attached.
        </p>
      )}
      <section aria-labelledby="reveals-title" className="reveals">
        <h3 id="reveals-title">What the report shows about you</h3>
        <p>
          {wholeAttached ? 'The attached message names' : 'The attached headers name'}
          {reveals.recipients.length > 0
            ? ` your recipients (${reveals.recipients.join(', ')})`
            : ' no recipient of yours'}
          {reveals.ourServers.length > 0 ? ` and your mail servers (${reveals.ourServers.join(', ')})` : ''}.
          Abuse desks need the headers to act; that is normal.
        </p>
      </section>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => void saveDraft('Report draft', 'report', draft)}
        >
          Save the report draft (.eml)
        </button>
        <button
          type="button"
          onClick={() => void saveDraft('ARF report', 'arf-report', arfReportDraft(request))}
        >
          Save the ARF report (.eml)
        </button>
        <button
          type="button"
          onClick={() =>
            void save(
              'Management summary',
              `${stem}-summary.txt`,
              'text/plain',
              new Uint8Array(utf8Bytes(summary)),
            )
          }
        >
          Save the management summary (.txt)
        </button>
        <button type="button" onClick={() => void savePdf()}>
          Save the management summary (PDF)
        </button>
      </div>
      <section aria-labelledby="draft-title">
        <h3 id="draft-title">The report draft</h3>
        <pre className="email-preview" aria-label="Report preview">
          {draftAsText(draft)}
        </pre>
      </section>
      <p className="hint">
        The ARF report is the same report in the format abuse desks read automatically (RFC 5965); send it
        when their page asks for ARF.
      </p>
      {saved && <p role="status">{saved}</p>}
      {problem && (
        <p role="alert" className="lookup-problem">
          {problem}
        </p>
      )}
      <details>
        <summary>The management summary</summary>
        <pre className="email-preview">{summary}</pre>
      </details>
    </div>
  );
}

// The management summary, section by section: the generated text, which the person may rewrite.
// Edits are kept per case; "Use the generated text again" brings the app's version back.
import { useState } from 'react';
import { useServices } from '../appServices';
import { saveSummaryEdit } from '../../db/reports';
import type { SummarySection } from '../../core/report/managementSummary';

function SectionEditor({ caseId, section }: { caseId: number; section: SummarySection }) {
  const { db } = useServices();
  const [draft, setDraft] = useState<string | null>(null);
  const fieldId = `summary-${section.id}`;

  if (draft !== null) {
    return (
      <div className="summary-section">
        <label htmlFor={fieldId}>
          <h4>{section.title}</h4>
        </label>
        <textarea
          id={fieldId}
          rows={Math.min(14, draft.split('\n').length + 2)}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            onClick={async () => {
              await saveSummaryEdit(db, caseId, section.id, draft === section.generated ? null : draft);
              setDraft(null);
            }}
          >
            Save “{section.title}”
          </button>
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
  const body = (
    <>
      <p className="summary-text">{section.text}</p>
      <div className="form-actions">
        <button type="button" onClick={() => setDraft(section.text)} aria-label={`Edit “${section.title}”`}>
          Edit
        </button>
        {section.edited && (
          <>
            <span className="edited-note">Your own words.</span>
            <button type="button" onClick={() => saveSummaryEdit(db, caseId, section.id, null)}>
              Use the generated text again
            </button>
          </>
        )}
      </div>
    </>
  );
  if (readFirst.has(section.id) || section.edited)
    return (
      <div className="summary-section">
        <h4>{section.title}</h4>
        {body}
      </div>
    );
  // The rest is one click away: the manager reads it in the PDF; the person checks what they need.
  return (
    <details className="summary-section">
      <summary>
        <h4>{section.title}</h4>
      </summary>
      {body}
    </details>
  );
}

/** What the person should read before sending: what happened, whether anyone got in, what to do. */
const readFirst: ReadonlySet<SummarySection['id']> = new Set(['what-happened', 'impact', 'recommendation']);

export function SummaryEditor({ caseId, sections }: { caseId: number; sections: readonly SummarySection[] }) {
  return (
    <div className="summary-editor">
      {sections.map((section) => (
        <SectionEditor key={section.id} caseId={caseId} section={section} />
      ))}
    </div>
  );
}

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
  return (
    <div className="summary-section">
      <h4>{section.title}</h4>
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
    </div>
  );
}

export function SummaryEditor({ caseId, sections }: { caseId: number; sections: readonly SummarySection[] }) {
  return (
    <div className="summary-editor">
      {sections.map((section) => (
        <SectionEditor key={section.id} caseId={caseId} section={section} />
      ))}
    </div>
  );
}

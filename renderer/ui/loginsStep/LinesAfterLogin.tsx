import { useState } from 'react';
import { useServices } from '../appServices';
import { evidenceLines, evidenceLinesAreDerived, type EvidenceLine } from '../../db/evidenceLines';

const shownLines = 40;

/** The log itself, right after the login: what the app reads and what it does not read yet. */
export function LinesAfterLogin({ evidenceId, line }: { evidenceId: number | undefined; line: number }) {
  const { db } = useServices();
  const [lines, setLines] = useState<EvidenceLine[] | 'missing' | undefined>(undefined);
  const [derived, setDerived] = useState(false);
  if (evidenceId === undefined) return null;
  return (
    <div className="lines-after">
      {lines === undefined && (
        <button
          type="button"
          onClick={() => {
            void evidenceLinesAreDerived(db, evidenceId).then(setDerived);
            void evidenceLines(db, evidenceId, line, shownLines).then((found) =>
              setLines(found ?? 'missing'),
            );
          }}
        >
          Show the {shownLines} log lines from this login on
        </button>
      )}
      {lines === 'missing' && (
        <p>The original file is not stored in this case, so its lines cannot be shown.</p>
      )}
      {Array.isArray(lines) && derived && (
        <p className="hint">
          Each line is one event of the .evtx file, written out as XML by this app; the file itself is kept
          unchanged as the evidence.
        </p>
      )}
      {Array.isArray(lines) && (
        <pre className="log-excerpt" aria-label={`Log lines ${line} to ${line + lines.length - 1}`}>
          {lines.map((each) => `${String(each.line).padStart(7)}  ${each.text}`).join('\n')}
        </pre>
      )}
    </div>
  );
}

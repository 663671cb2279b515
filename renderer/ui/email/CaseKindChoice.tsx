// The first question of a new case: is it about a server log or about a suspicious e-mail?
import './email.css';
import type { CaseKind } from '../../db/schema';

export function CaseKindChoice({ kind, onChange }: { kind: CaseKind; onChange: (kind: CaseKind) => void }) {
  return (
    <fieldset className="case-kind">
      <legend>What is the case about?</legend>
      <label className="radio">
        <input type="radio" name="case-kind" checked={kind === 'log'} onChange={() => onChange('log')} />{' '}
        Suspicious logins in a server log
      </label>
      <label className="radio">
        <input type="radio" name="case-kind" checked={kind === 'email'} onChange={() => onChange('email')} />{' '}
        Suspicious e-mail (spam or phishing)
      </label>
    </fieldset>
  );
}

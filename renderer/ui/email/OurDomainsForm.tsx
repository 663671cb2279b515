// "Which mail domain is yours?": the person's own domains, suggested from the topmost hops (our
// own servers wrote those). A setting for every case, journaled in the case where it was changed.
import { useState } from 'react';
import { saveOurDomains } from '../../db/suspiciousMessages';
import { useServices } from '../appServices';

type Props = { caseId: number; ours: string[]; suggested: string[]; placed: boolean };

export function OurDomainsForm({ caseId, ours, suggested, placed }: Props) {
  const { db } = useServices();
  const [text, setText] = useState(ours.join(', '));
  const [saved, setSaved] = useState(false);
  // Core stops suggesting at the first stranger; once the route is placed, nothing is offered:
  // marking a domain from below the handover would make the app trust what the sender wrote.
  const offers = placed ? [] : suggested.filter((domain) => !ours.includes(domain));

  async function save(value: string) {
    setText(value);
    await saveOurDomains(db, caseId, value);
    setSaved(true);
  }

  return (
    <form
      className="our-domains"
      onSubmit={(event) => {
        event.preventDefault();
        void save(text);
      }}
    >
      <label htmlFor="our-domains">Your mail domains and servers</label>
      <p className="hint" id="our-domains-hint">
        The domains your mail is delivered to (example.com), separated by commas. Lines received by these
        servers were written by your side and can be trusted.
      </p>
      <div className="button-row">
        <input
          id="our-domains"
          aria-describedby="our-domains-hint"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setSaved(false);
          }}
          placeholder={suggested[0] ?? 'example.com'}
        />
        <button type="submit" className={ours.length === 0 ? 'primary' : undefined}>
          Save our domains
        </button>
      </div>
      {offers.length > 0 && (
        <p>
          The topmost line was written by {offers.length === 1 ? 'this domain' : 'these domains'}; mark it
          only if it is really yours:{' '}
          {offers.map((domain) => (
            <button
              key={domain}
              type="button"
              className="suggestion"
              onClick={() => void save([...ours, domain].join(', '))}
            >
              Mark {domain} as ours
            </button>
          ))}
        </p>
      )}
      {saved && <p role="status">Saved. The route below now starts from your servers.</p>}
    </form>
  );
}

// When a lookup is not possible or not wanted: paste a WHOIS answer, or enter the abuse contact
// yourself. Both are kept in the case and journaled like a lookup.
import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../appServices';
import { recordManualAbuseContact, recordPastedWhois } from '../../db/lookups';

export function OfflineFallback({ caseId, ip }: { caseId: number; ip: string }) {
  const { db } = useServices();
  const id = useId();
  const [whoisText, setWhoisText] = useState('');
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const pasteWhois = async (event: FormEvent) => {
    event.preventDefault();
    const result = await recordPastedWhois(db, caseId, ip, whoisText);
    // A refusal names the network the text is about: the person then knows what they pasted.
    setProblem(result && `${result.charAt(0).toUpperCase()}${result.slice(1)}.`);
    if (!result) setWhoisText('');
  };
  const addContact = async (event: FormEvent) => {
    event.preventDefault();
    const result = await recordManualAbuseContact(db, caseId, ip, email);
    setProblem(result);
    if (!result) setEmail('');
  };

  return (
    <details className="offline-fallback">
      <summary>Paste WHOIS text or enter the abuse contact yourself</summary>
      <form onSubmit={pasteWhois}>
        <label htmlFor={`${id}-whois`}>WHOIS answer for {ip}</label>
        <textarea
          id={`${id}-whois`}
          rows={6}
          value={whoisText}
          onChange={(event) => setWhoisText(event.target.value)}
          placeholder={`The output of: whois ${ip}`}
        />
        <button type="submit" disabled={whoisText.trim() === ''}>
          Read WHOIS text
        </button>
      </form>
      <form onSubmit={addContact}>
        <label htmlFor={`${id}-email`}>Abuse contact for {ip}</label>
        <input
          id={`${id}-email`}
          type="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          placeholder="abuse@provider.example"
        />
        <button type="submit" disabled={email.trim() === ''}>
          Add abuse contact
        </button>
      </form>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
    </details>
  );
}

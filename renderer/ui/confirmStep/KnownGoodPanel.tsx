import { useState, type FormEvent } from 'react';
import type { AttackSource } from '../../core/analysis/attackSource';
import type { KnownGood } from '../../core/analysis/knownGood';
import { knownGoodMatcher, parseKnownGoodNetwork } from '../../core/analysis/knownGood';
import { attackAttempts } from '../../core/analysis/attackOrder';
import { formatCount } from '../shared/format';

export type KnownGoodChange = { entry: { network: string } | { userName: string }; ours: boolean };

/** Addresses, networks and user names that are "ours": set apart, never reported to others. */
export function KnownGoodPanel({
  knownGood,
  ourSources,
  onChange,
}: {
  knownGood: KnownGood;
  ourSources: AttackSource[];
  onChange: (change: KnownGoodChange) => void;
}) {
  const [network, setNetwork] = useState('');
  const [userName, setUserName] = useState('');
  const [problem, setProblem] = useState('');

  function addNetwork(event: FormEvent) {
    event.preventDefault();
    const parsed = parseKnownGoodNetwork(network);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    setProblem('');
    onChange({ entry: { network: network.trim() }, ours: true });
    setNetwork('');
  }

  function addUser(event: FormEvent) {
    event.preventDefault();
    if (userName === '') return;
    onChange({ entry: { userName }, ours: true });
    setUserName('');
  }

  return (
    <section aria-labelledby="known-good-title" className="panel known-good">
      <h3 id="known-good-title">Ours: addresses and user names you know</h3>
      <p>
        Mark your office network, your own home address or your own accounts as &ldquo;ours&rdquo;. They are
        then shown apart from the attackers and never go into a report or an email to others.
      </p>
      <form onSubmit={addNetwork} className="inline-form">
        <label htmlFor="known-good-network">Address or network (e.g. 192.168.1.0/24)</label>
        <input
          id="known-good-network"
          value={network}
          aria-invalid={problem !== ''}
          aria-describedby={problem ? 'known-good-problem' : undefined}
          onChange={(event) => setNetwork(event.target.value)}
        />
        <button type="submit">Mark address as ours</button>
        {problem && (
          <p id="known-good-problem" className="field-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
      <form onSubmit={addUser} className="inline-form">
        <label htmlFor="known-good-user">User name</label>
        <input id="known-good-user" value={userName} onChange={(event) => setUserName(event.target.value)} />
        <button type="submit">Mark user name as ours</button>
      </form>
      {(knownGood.networks.length > 0 || knownGood.userNames.length > 0) && (
        <ul className="known-good-list" aria-label="Marked as ours">
          {knownGood.networks.map((entry) => (
            <li key={`n:${entry}`}>
              <span className="address">{entry}</span>
              {describeOurs(entry, ourSources)}{' '}
              <button
                type="button"
                className="small-button"
                aria-label={`Stop treating ${entry} as ours`}
                onClick={() => onChange({ entry: { network: entry }, ours: false })}
              >
                Remove
              </button>
            </li>
          ))}
          {knownGood.userNames.map((entry) => (
            <li key={`u:${entry}`}>
              user name <strong>{entry === '' ? '(empty name)' : entry}</strong>{' '}
              <button
                type="button"
                className="small-button"
                aria-label={`Stop treating user name ${entry} as ours`}
                onClick={() => onChange({ entry: { userName: entry }, ours: false })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function describeOurs(entry: string, ourSources: AttackSource[]): string {
  const inRange = knownGoodMatcher({ networks: [entry], userNames: [] });
  const attempts = ourSources
    .filter((source) => inRange.isOurAddress(source.ip))
    .reduce((sum, source) => sum + attackAttempts(source), 0);
  return attempts > 0 ? ` — ${formatCount(attempts)} failed attempts from here are set apart` : '';
}

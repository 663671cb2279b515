import type { AttackSource } from '../../core/analysis/attackSource';
import { formatCount, formatUtc } from '../shared/format';
import { scopeLabel } from './scopeLabel';

/** Enough rows to see the attack; the full, virtualized table comes with the Confirm step. */
const shownRows = 200;

function usersTried(source: AttackSource): string {
  const top = source.users
    .slice(0, 3)
    .map((entry) => `${entry.user === '' ? '(empty name)' : entry.user} (${formatCount(entry.count)})`);
  const more = source.users.length - top.length;
  return more > 0 ? `${top.join(', ')} and ${formatCount(more)} more` : top.join(', ');
}

export function AttackSourcesTable({ sources }: { sources: AttackSource[] }) {
  const attackers = sources.filter((source) => source.failures + source.invalidUsers > 0);
  if (attackers.length === 0) return null;
  return (
    <section aria-labelledby="sources-title">
      <h4 id="sources-title">Addresses that tried to log in and failed</h4>
      {attackers.length > shownRows && (
        <p>
          Showing the {shownRows} addresses with the most attempts of {formatCount(attackers.length)}.
        </p>
      )}
      <div className="table-scroll">
        <table aria-labelledby="sources-title">
          <thead>
            <tr>
              <th scope="col">Address</th>
              <th scope="col">Where from</th>
              <th scope="col" className="number">
                Failed attempts
              </th>
              <th scope="col" className="number">
                Unknown user names
              </th>
              <th scope="col">User names tried</th>
              <th scope="col">First seen</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {attackers.slice(0, shownRows).map((source) => (
              <tr key={source.ip}>
                <th scope="row" className="address">
                  {source.ip}
                </th>
                <td>{scopeLabel[source.scope]}</td>
                <td className="number">{formatCount(source.failures)}</td>
                <td className="number">{formatCount(source.invalidUsers)}</td>
                <td className="users">{usersTried(source)}</td>
                <td>{formatUtc(source.firstSeen)}</td>
                <td>{formatUtc(source.lastSeen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

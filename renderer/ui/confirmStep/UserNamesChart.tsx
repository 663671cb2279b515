// The user names the attackers tried most, as a table with a bar in each row: the number is
// written out, so the bar is only a help for the eye. Names are attacker text, shown as text.
import type { AttackSource } from '../../core/analysis/attackSource';
import { formatCount } from '../shared/format';

const shownNames = 12;

export function mostTriedUserNames(
  sources: readonly AttackSource[],
): { user: string; count: number; addresses: number }[] {
  const totals = new Map<string, { count: number; addresses: number }>();
  for (const source of sources) {
    for (const { user, count } of source.users) {
      const total = totals.get(user) ?? { count: 0, addresses: 0 };
      total.count += count;
      total.addresses += 1;
      totals.set(user, total);
    }
  }
  return [...totals]
    .map(([user, total]) => ({ user, ...total }))
    .sort((a, b) => b.count - a.count || (a.user < b.user ? -1 : 1));
}

export function UserNamesChart({
  sources,
  ourUserNames,
}: {
  sources: AttackSource[];
  ourUserNames: string[];
}) {
  const names = mostTriedUserNames(sources);
  if (names.length === 0) return null;
  const top = names.slice(0, shownNames);
  const most = top[0]?.count ?? 1;
  return (
    <section aria-labelledby="user-names-title" className="chart panel">
      <h3 id="user-names-title">User names tried most</h3>
      <p>
        {formatCount(names.length)} different names were tried. Names marked &ldquo;ours&rdquo; are real
        accounts on this server: if one of them was tried, make sure its password is strong.
      </p>
      <table aria-labelledby="user-names-title" className="bar-table">
        <thead>
          <tr>
            <th scope="col">User name</th>
            <th scope="col" className="number">
              Attempts
            </th>
            <th scope="col" className="number">
              Addresses
            </th>
            <th scope="col">
              <span className="visually-hidden">Share of the most-tried name</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {top.map((entry) => (
            <tr key={entry.user}>
              <th scope="row" className="users">
                {entry.user === '' ? '(empty name)' : entry.user}
                {ourUserNames.includes(entry.user) && <span className="ours-tag"> (ours)</span>}
              </th>
              <td className="number">{formatCount(entry.count)}</td>
              <td className="number">{formatCount(entry.addresses)}</td>
              <td className="bar-cell" aria-hidden="true">
                <span className="name-bar" style={{ width: `${Math.max(2, (entry.count / most) * 100)}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import type { AttackSource } from '../../core/analysis/attackSource';
import { scopeLabel } from '../importStep/scopeLabel';
import { attemptsPerHour } from './sourceRows';
import { formatCount, formatUtc } from '../shared/format';
import { sourceCounts } from '../../core/analysis/attackCounts';

const topNames = 3;

/** A name as the attacker wrote it; an empty one said in words. Always text, never markup. */
export const shownName = (user: string) => (user === '' ? '(empty name)' : user);

/** One address in the virtualized table: fixed height, long text cut (the full list opens below). */
export function SourceRow({
  source,
  rowIndex,
  onShowNames,
  onMarkOurs,
}: {
  source: AttackSource;
  rowIndex: number;
  onShowNames: (source: AttackSource) => void;
  /** Asks to mark the address as ours; the table confirms before anything is written. */
  onMarkOurs?: (ip: string, button: HTMLElement) => void;
}) {
  const top = source.users.slice(0, topNames);
  const counts = sourceCounts(source);
  const names = top.map((entry) => `${shownName(entry.user)} (${formatCount(entry.count)})`).join(', ');
  return (
    <tr aria-rowindex={rowIndex} className="source-row">
      <th scope="row" className="address">
        {source.ip}
      </th>
      <td>{scopeLabel[source.scope]}</td>
      <td className="number">{formatCount(counts.attempts)}</td>
      <td className="number">{formatCount(counts.passwords)}</td>
      <td className="number">{formatCount(counts.unknownUserGuesses)}</td>
      <td className="users-cell">
        <span className="users-text" title={names}>
          {names}
        </span>
        {source.users.length > topNames && (
          <button
            type="button"
            className="link-button"
            aria-label={`All ${formatCount(source.users.length)} names tried by ${source.ip}`}
            onClick={() => onShowNames(source)}
          >
            all {formatCount(source.users.length)}
          </button>
        )}
      </td>
      <td>{formatUtc(source.firstSeen)}</td>
      <td>{formatUtc(source.lastSeen)}</td>
      <td className="number">{formatCount(Math.round(attemptsPerHour(source)))}</td>
      <td>{source.services.join(', ')}</td>
      {onMarkOurs && (
        <td>
          <button
            type="button"
            className="small-button"
            onClick={(event) => onMarkOurs(source.ip, event.currentTarget)}
            aria-label={`Mark ${source.ip} as ours…`}
          >
            This is ours…
          </button>
        </td>
      )}
    </tr>
  );
}

import type { AttackSource } from '../../core/analysis/attackSource';
import { scopeLabel } from '../importStep/scopeLabel';
import { formatCount, formatUtc } from '../shared/format';
import { sourceCounts } from '../../core/analysis/attackCounts';

/** A name as the attacker wrote it; an empty one said in words. Always text, never markup. */
export const shownName = (user: string) => (user === '' ? '(empty name)' : user);

/**
 * One address in the virtualized table: fixed height and few columns, so the table fits at
 * 1024 px and at 200% zoom; the rest (names, times, rate, "This is ours") opens under Details.
 */
export function SourceRow({
  source,
  rowIndex,
  open,
  onDetails,
  formatTime = formatUtc,
}: {
  source: AttackSource;
  rowIndex: number;
  open: boolean;
  onDetails: (source: AttackSource) => void;
  /** Times in the office's zone (useOfficeTime), UTC by default. */
  formatTime?: (time: number) => string;
}) {
  const counts = sourceCounts(source);
  const where = scopeLabel[source.scope];
  return (
    <tr aria-rowindex={rowIndex} className="source-row">
      <th scope="row" className="address" title={source.ip}>
        {source.ip}
      </th>
      <td title={where}>{where}</td>
      <td className="number">{formatCount(counts.attempts)}</td>
      <td className="number">{formatCount(counts.passwords)}</td>
      <td className="number">{formatCount(counts.unknownUserGuesses)}</td>
      <td className="last-seen">{formatTime(source.lastSeen).replace(/(\d\d:\d\d):\d\d/, '$1')}</td>
      <td>
        <button
          type="button"
          className="small-button"
          aria-label={`Details of ${source.ip}`}
          aria-expanded={open}
          onClick={() => onDetails(source)}
        >
          Details
        </button>
      </td>
    </tr>
  );
}

// Every attacking address, sortable and filterable. Only the rows in view are drawn
// (@tanstack/react-virtual), so a case with 100,000 addresses scrolls as smoothly as one with ten.
import { useId, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { AttackSource } from '../../core/analysis/attackSource';
import { filterSources, sortSources, type SourceColumn, type SourceSort } from './sourceRows';
import { SourceRow } from './SourceRow';
import { SourceDetails } from './SourceDetails';
import { useOfficeTime } from '../shared/useOfficeTime';
import { formatCount } from '../shared/format';

const columns: { id: SourceColumn; label: string; numeric?: boolean }[] = [
  { id: 'ip', label: 'Address' },
  { id: 'scope', label: 'Where from' },
  // The count model's numbers and words (attackCounts.ts): attempts, and of them passwords tried
  // and guesses of user names that do not exist.
  { id: 'attempts', label: 'Login attempts', numeric: true },
  { id: 'passwords', label: 'Passwords tried', numeric: true },
  { id: 'unknownUserGuesses', label: 'Unknown user names guessed', numeric: true },
  // Names, first seen, rate and service are in each address's details: with them the table was
  // 90rem wide and cut its last columns to nothing at 1280 px.
  { id: 'lastSeen', label: 'Last seen' },
];

// Every row has the same height (long text is cut with an ellipsis, the full list opens below):
// measuring rows one by one would re-add 100,000 heights on every scroll.
const rowHeight = 40;

export function SourcesTable({
  sources,
  title,
  onMarkOurs,
}: {
  sources: AttackSource[];
  title: string;
  onMarkOurs?: (ip: string) => void;
}) {
  const [sort, setSort] = useState<SourceSort>({ column: 'attempts', descending: true });
  const [filter, setFilter] = useState('');
  const formatTime = useOfficeTime();
  const [detailsOf, setDetailsOf] = useState<AttackSource | undefined>(undefined);
  // The Details button pressed, so closing the details gives focus back to it.
  const askedFrom = useRef<HTMLElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useMemo(() => sortSources(filterSources(sources, filter), sort), [sources, filter, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here memoizes the virtualizer's functions
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // jsdom and the first paint have no layout yet: draw a screenful until the real size is known.
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const titleId = useId();
  const filterId = useId();

  function sortBy(column: SourceColumn) {
    setSort((current) =>
      current.column === column
        ? { column, descending: !current.descending }
        : { column, descending: column !== 'ip' && column !== 'scope' },
    );
  }

  return (
    <section aria-labelledby={titleId} className="sources-section">
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <div className="sources-filter">
        <label htmlFor={filterId}>Show only addresses matching</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          placeholder="address, user name, service …"
          onChange={(event) => setFilter(event.target.value)}
        />
        <span role="status">
          {formatCount(rows.length)} of {formatCount(sources.length)} addresses
        </span>
      </div>
      <div
        className="table-scroll sources-scroll"
        ref={scroller}
        tabIndex={0}
        aria-label={`${title}, scrollable`}
      >
        <table aria-labelledby={titleId} aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? 'number' : undefined}
                  aria-sort={
                    sort.column === column.id ? (sort.descending ? 'descending' : 'ascending') : undefined
                  }
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.id)}>
                    {column.label}
                    <span aria-hidden="true">
                      {sort.column === column.id ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">More</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
            {items.map((item) => {
              const source = rows[item.index] as AttackSource;
              return (
                <SourceRow
                  key={source.ip}
                  source={source}
                  rowIndex={item.index + 2}
                  open={detailsOf?.ip === source.ip}
                  formatTime={formatTime}
                  onDetails={(chosen) => {
                    askedFrom.current = document.activeElement as HTMLElement | null;
                    setDetailsOf(detailsOf?.ip === chosen.ip ? undefined : chosen);
                  }}
                />
              );
            })}
            {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
          </tbody>
        </table>
      </div>
      {detailsOf && (
        <SourceDetails
          key={detailsOf.ip}
          source={detailsOf}
          onClose={() => {
            setDetailsOf(undefined);
            const back = askedFrom.current;
            // The row may have scrolled out of the drawn rows: then the table's title takes focus.
            (back?.isConnected ? back : heading.current)?.focus();
          }}
          onMarkOurs={
            onMarkOurs &&
            ((ip) => {
              setDetailsOf(undefined);
              onMarkOurs(ip);
              heading.current?.focus();
            })
          }
        />
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import type { AttackSource } from '../../core/analysis/attackSource';
import { formatCount } from '../shared/format';
import { shownName } from './SourceRow';

/** Every user name one address tried, opened from its row; attacker text shown as text. */
export function AllUserNames({ source, onClose }: { source: AttackSource; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [source]);
  return (
    <section className="panel all-names" aria-labelledby="all-names-title">
      <h4 id="all-names-title" ref={heading} tabIndex={-1}>
        All {formatCount(source.users.length)} user names tried by {source.ip}
      </h4>
      <ol className="all-names-list">
        {source.users.map((entry) => (
          <li key={entry.user}>
            <span className="users">{shownName(entry.user)}</span> — {formatCount(entry.count)}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onClose}>
        Close the list
      </button>
    </section>
  );
}

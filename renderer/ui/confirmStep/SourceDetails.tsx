import { useEffect, useRef, useState } from 'react';
import type { AttackSource } from '../../core/analysis/attackSource';
import { scopeLabel } from '../importStep/scopeLabel';
import { formatCount } from '../shared/format';
import { attemptsPerHour } from './sourceRows';
import { shownName } from './SourceRow';
import { MarkOursConfirmation } from './MarkOursConfirmation';
import { useOfficeTime } from '../shared/useOfficeTime';

/**
 * One address in full, opened from its row: what the narrow table leaves out (times, rate,
 * services, every user name) and, for an attacker, the deliberate "This is ours" with its
 * confirmation. Attacker text is shown as text.
 */

export function SourceDetails({
  source,
  onClose,
  onMarkOurs,
}: {
  source: AttackSource;
  onClose: () => void;
  onMarkOurs?: (ip: string) => void;
}) {
  const formatTime = useOfficeTime();
  const heading = useRef<HTMLHeadingElement>(null);
  const oursButton = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState(false);
  // The table gives each address its own instance (key), so a new address starts unasked.
  useEffect(() => heading.current?.focus(), [source]);
  return (
    <section
      className="panel source-details"
      aria-labelledby="source-details-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !asking) onClose();
      }}
    >
      <h4 id="source-details-title" ref={heading} tabIndex={-1}>
        {source.ip} in detail
      </h4>
      <dl className="source-facts">
        <dt>Where from</dt>
        <dd>{scopeLabel[source.scope]}</dd>
        <dt>First seen</dt>
        <dd>{formatTime(source.firstSeen)}</dd>
        <dt>Last seen</dt>
        <dd>{formatTime(source.lastSeen)}</dd>
        <dt>Attempts per hour</dt>
        <dd>{formatCount(Math.round(attemptsPerHour(source)))}</dd>
        <dt>Service</dt>
        <dd>{source.services.join(', ')}</dd>
      </dl>
      <h5>
        {formatCount(source.users.length)} user {source.users.length === 1 ? 'name' : 'names'} tried
      </h5>
      <ol className="all-names-list" aria-label={`User names tried by ${source.ip}`}>
        {source.users.map((entry) => (
          <li key={entry.user}>
            <span className="users">{shownName(entry.user)}</span> — {formatCount(entry.count)}
          </li>
        ))}
      </ol>
      {onMarkOurs && !asking && (
        <p>
          <button type="button" ref={oursButton} onClick={() => setAsking(true)}>
            This is ours…
          </button>
        </p>
      )}
      {onMarkOurs && asking && (
        <MarkOursConfirmation
          ip={source.ip}
          onConfirm={() => onMarkOurs(source.ip)}
          onCancel={() => {
            setAsking(false);
            // The button comes back on the next render; give it focus then.
            requestAnimationFrame(() => oursButton.current?.focus());
          }}
        />
      )}
      <button type="button" onClick={onClose}>
        Close the details
      </button>
    </section>
  );
}

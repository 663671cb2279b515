// Every successful login of the case. A backup job that logs in every second gives a million:
// a million table rows crash the page (Chromium ran out of memory on the Logins step), so above
// a few hundred only the rows in view are drawn (@tanstack/react-virtual), as the sources table does.
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Login, LoginFlag } from '../../core/analysis/attackSource';
import { formatCount } from '../shared/format';
import { useOfficeTime } from '../shared/useOfficeTime';

/** Short words for the table; the full reasons are on the Logins step's cards. */
const flagWords: Record<LoginFlag, string> = {
  'from-attacking-address': '⚠ Look at this: the address also failed to log in',
  'user-attackers-tried': 'a user name the attackers tried',
  'new-address': 'first login from this address',
  'unusual-hour': 'an unusual hour for this user',
  'remote-logon-from-attacker': '⚠ remote logon from an attacking address',
  'from-attacking-network': '⚠ Look at this: its network failed for this user name',
};

function lookWords(login: Login): string {
  if (login.flags.length > 0) return login.flags.map((flag) => flagWords[flag]).join('; ');
  // Not flagged, but not "no sign of a problem" either: the person is asked about it.
  if (login.reasons?.some((reason) => reason.flag === 'during-attack')) {
    return 'To check: logged in while the attack went on';
  }
  if (login.reasons?.some((reason) => reason.flag === 'loopback')) {
    return 'Came through the server itself (loopback)';
  }
  if (login.reasons?.some((reason) => reason.flag === 'failed-first')) {
    return 'No sign of a problem (a mistyped password first)';
  }
  return 'No sign of a problem';
}

/** Up to this many logins every row is in the page (find in page, printing); beyond, rows in view. */
const everyRowUpTo = 500;
const rowHeight = 40;

export function LoginsTable({ logins, title = 'Successful logins' }: { logins: Login[]; title?: string }) {
  const formatTime = useOfficeTime();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = logins.length > everyRowUpTo;
  // eslint-disable-next-line react-hooks/incompatible-library -- nothing here memoizes the virtualizer's functions
  const virtualizer = useVirtualizer({
    count: virtual ? logins.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 10,
    // jsdom and the first paint have no layout yet: draw a screenful until the real size is known.
    initialRect: { width: 1000, height: 600 },
  });
  if (logins.length === 0) {
    return <p>No successful logins in these logs.</p>;
  }
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const before = items[0]?.start ?? 0;
  const after = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const shown = virtual
    ? items.map((item) => ({ login: logins[item.index]!, index: item.index }))
    : logins.map((login, index) => ({ login, index }));
  return (
    <section aria-labelledby="logins-title">
      <h4 id="logins-title">{title}</h4>
      {virtual && (
        <p role="status">
          {formatCount(logins.length)} logins, the ones worth a look first: scroll the table to see them all.
        </p>
      )}
      {/* A named region reachable by keyboard, so a table wider or longer than the screen can be scrolled. */}
      <div
        className={virtual ? 'table-scroll logins-scroll' : 'table-scroll'}
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-labelledby="logins-title"
      >
        <table aria-labelledby="logins-title" aria-rowcount={logins.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">Time</th>
              <th scope="col">User</th>
              <th scope="col">From</th>
              <th scope="col">How</th>
              <th scope="col">Look at this?</th>
              <th scope="col">Where in the log</th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
            {shown.map(({ login, index }) => {
              const suspicious = login.flags.includes('from-attacking-address');
              const classes = [suspicious ? 'flagged' : '', virtual ? 'login-row' : ''].join(' ').trim();
              return (
                <tr
                  key={`${login.file}:${login.line}`}
                  className={classes === '' ? undefined : classes}
                  aria-rowindex={index + 2}
                >
                  <td>{formatTime(login.time)}</td>
                  <td>{login.user}</td>
                  <td className="address">{login.ip ?? '—'}</td>
                  <td>{login.method ?? '—'}</td>
                  <td>{lookWords(login)}</td>
                  <td>
                    {login.file}, line {login.line}
                    {login.recordId !== undefined && ` (EventRecordID ${login.recordId})`}
                  </td>
                </tr>
              );
            })}
            {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}

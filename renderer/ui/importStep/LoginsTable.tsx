import type { Login, LoginFlag } from '../../core/analysis/attackSource';
import { formatUtc } from '../shared/format';

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

export function LoginsTable({ logins, title = 'Successful logins' }: { logins: Login[]; title?: string }) {
  if (logins.length === 0) {
    return <p>No successful logins in these logs.</p>;
  }
  return (
    <section aria-labelledby="logins-title">
      <h4 id="logins-title">{title}</h4>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="logins-title">
        <table aria-labelledby="logins-title">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">User</th>
              <th scope="col">From</th>
              <th scope="col">How</th>
              <th scope="col">Look at this?</th>
              <th scope="col">Where in the log</th>
            </tr>
          </thead>
          <tbody>
            {logins.map((login) => {
              const suspicious = login.flags.includes('from-attacking-address');
              return (
                <tr key={`${login.file}:${login.line}`} className={suspicious ? 'flagged' : undefined}>
                  <td>{formatUtc(login.time)}</td>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}

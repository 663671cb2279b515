import type { Login } from '../../core/analysis/attackSource';
import { formatUtc } from '../shared/format';

export function LoginsTable({ logins }: { logins: Login[] }) {
  if (logins.length === 0) {
    return <p>No successful logins in these logs.</p>;
  }
  return (
    <section aria-labelledby="logins-title">
      <h4 id="logins-title">Successful logins</h4>
      <div className="table-scroll">
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
                  <td>
                    {suspicious
                      ? '⚠ Look at this: the address also failed to log in'
                      : 'No sign of a problem'}
                  </td>
                  <td>
                    {login.file}, line {login.line}
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

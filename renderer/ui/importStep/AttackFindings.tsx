import type { AttackSource, Login } from '../../core/analysis/attackSource';
import { attackHeadline } from '../../core/analysis/attackHeadline';
import { AttackSourcesTable } from './AttackSourcesTable';
import { LoginsTable } from './LoginsTable';

export function AttackFindings({ sources, logins }: { sources: AttackSource[]; logins: Login[] }) {
  return (
    <section aria-labelledby="findings-title" className="findings">
      <h3 id="findings-title">What the logs show</h3>
      <p className="headline">{attackHeadline(sources, logins)}</p>
      <LoginsTable logins={logins} />
      <AttackSourcesTable sources={sources} />
      <p className="next-step">
        Next: check the successful logins marked &ldquo;look at this&rdquo; — if one of them was not you or a
        colleague, someone may have got in. Add more logs above if the attack started before this file does.
      </p>
    </section>
  );
}

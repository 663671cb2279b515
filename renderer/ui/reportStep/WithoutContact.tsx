// The public addresses no e-mail goes to, each said for what it is: never looked up, looked up
// without an answer (nobody was asked successfully, so nothing is "not registered"), or answered
// by a registry that names no contact of the network at all.
import type { AttackSource } from '../../core/analysis/attackSource';
import type { SourceOwner } from '../../core/report/abuseGroups';

type Props = {
  sources: readonly AttackSource[];
  owners: ReadonlyMap<string, SourceOwner>;
  onLookUp(): void;
};

export function WithoutContact({ sources, owners, onLookUp }: Props) {
  const notLookedUp = sources.filter((source) => !owners.has(source.ip));
  const failed = sources.filter((source) => owners.get(source.ip)?.lookupProblem !== undefined);
  const noContact = sources.filter(
    (source) => owners.has(source.ip) && owners.get(source.ip)?.lookupProblem === undefined,
  );
  const ips = (list: readonly AttackSource[]) => list.map((source) => source.ip).join(', ');
  return (
    <>
      {notLookedUp.length > 0 && (
        <p>
          Owner not looked up yet for {ips(notLookedUp)}.{' '}
          <button type="button" className="link-button" onClick={onLookUp}>
            Look them up in the Source step
          </button>
        </p>
      )}
      {failed.length > 0 && (
        <p>
          The lookup did not work for {ips(failed)}, so who runs {failed.length === 1 ? 'it' : 'them'} is not
          known yet.{' '}
          <button type="button" className="link-button" onClick={onLookUp}>
            Look up again or paste WHOIS text in the Source step
          </button>
        </p>
      )}
      {noContact.length > 0 && (
        <p>
          No e-mail for {ips(noContact)}: the registry names no abuse contact and no other mailbox of the
          network. The Source step links the registry&apos;s page for reporting that.
        </p>
      )}
    </>
  );
}

// What the registry says about one address: the sentence first, then the details.
import type { AddressFindings } from '../../core/lookup/addressFindings';
import { formatUtc } from '../shared/format';
import { contactWhere, countryName, reverseDnsWords } from './lookupWords';

function headline(findings: AddressFindings): string {
  const record = findings.latest?.record;
  const first = findings.abuseContacts[0];
  const owner = record?.owner ?? record?.network.name;
  const who = owner ? `This address belongs to ${owner}` : 'The registry does not name the owner';
  const where = countryName(record?.network.country ?? null);
  const contact = first ? `write to ${first.email}` : 'no abuse contact is registered';
  return `${who}${where ? `, ${where}` : ''}; ${contact}.`;
}

export function OwnerFacts({ findings }: { findings: AddressFindings }) {
  const latest = findings.latest;
  const record = latest?.record ?? null;
  return (
    <div className="owner-facts">
      {(record || findings.abuseContacts.length > 0) && (
        <p className="owner-headline">{headline(findings)}</p>
      )}
      <dl>
        {record && (
          <>
            <dt>Owner</dt>
            <dd>{record.owner ?? 'not named in the record'}</dd>
            <dt>Network</dt>
            <dd>
              {[record.network.name, record.network.cidr].filter(Boolean).join(', ') ||
                'not named in the record'}
            </dd>
            <dt>Country</dt>
            <dd>{countryName(record.network.country) ?? 'not given'}</dd>
            <dt>Registry</dt>
            <dd>
              {record.registry ?? 'unknown'}
              {record.registeredAt && `, registered ${record.registeredAt}`}
              {record.lastChangedAt && `, last changed ${record.lastChangedAt}`}
            </dd>
          </>
        )}
        {latest && (
          <>
            <dt>Name (reverse DNS)</dt>
            <dd>{reverseDnsWords(latest.reverseDns)}</dd>
          </>
        )}
        <dt>Abuse contact</dt>
        <dd>
          {findings.abuseContacts.length === 0 ? (
            <>
              None registered.
              {record && record.otherContacts.length > 0 && (
                <>
                  {' '}
                  The record lists other mailboxes: {record.otherContacts.join(', ')} — write to one of them.
                </>
              )}
            </>
          ) : (
            <ol className="abuse-contacts">
              {findings.abuseContacts.map((contact) => (
                <li key={contact.email}>
                  <strong>{contact.email}</strong> — from {contactWhere(contact)}
                </li>
              ))}
            </ol>
          )}
        </dd>
        {latest && (
          <>
            <dt>Looked up</dt>
            <dd>
              {formatUtc(latest.lookedUpAt)} via {latest.source === 'rdap' ? 'RDAP' : 'pasted WHOIS text'}
              {latest.server && <> ({latest.server})</>}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

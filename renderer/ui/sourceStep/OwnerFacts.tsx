// What the registry says about one address: the sentence first, then the details.
import type { AddressFindings } from '../../core/lookup/addressFindings';
import { whomToWrite, type WhomToWrite } from '../../core/lookup/whomToWrite';
import { formatUtc } from '../shared/format';
import { ContactFallback, NetworkContactList } from './ContactFallback';
import { contactWhere, countryName, reverseDnsWords, writeToWords } from './lookupWords';

function headline(findings: AddressFindings, writeTo: WhomToWrite): string | null {
  if (writeTo.kind === 'not-known' && findings.abuseContacts.length === 0) return null;
  const record = findings.latest?.record;
  const where = countryName(record?.network.country ?? null);
  const inCountry = where ? `, ${where}` : '';
  // A network's name is not its owner: "ORG-TA38-AFRINIC" is a handle, not a company.
  const who = record?.owner
    ? `This address belongs to ${record.owner}${inCountry}`
    : record?.network.name
      ? `This address is in the network ${record.network.name}${inCountry}, whose owner the registry does not name`
      : record
        ? `The registry does not name the owner${inCountry}`
        : 'No registry has named the owner';
  return `${who}; ${writeToWords(writeTo)}.`;
}

export function OwnerFacts({ findings }: { findings: AddressFindings }) {
  const latest = findings.latest;
  const record = latest?.record ?? null;
  const writeTo = whomToWrite(findings);
  const sentence = headline(findings, writeTo);
  return (
    <div className="owner-facts">
      {sentence && <p className="owner-headline">{sentence}</p>}
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
          {writeTo.kind === 'abuse' ? (
            <ol className="abuse-contacts">
              {findings.abuseContacts.map((contact) => (
                <li key={contact.email}>
                  <strong>{contact.email}</strong> — from {contactWhere(contact)}
                </li>
              ))}
            </ol>
          ) : writeTo.kind === 'not-known' ? (
            // Nobody answered: that says nothing about what the registry has.
            'Not known: no registry has answered for this address yet.'
          ) : (
            <ContactFallback writeTo={writeTo} record={record} />
          )}
        </dd>
        {record && (record.networkContacts ?? []).length > 0 && (
          <>
            <dt>Other contacts of the network</dt>
            <dd>
              <NetworkContactList contacts={record.networkContacts ?? []} />
            </dd>
          </>
        )}
        {latest && (
          <>
            <dt>Looked up</dt>
            <dd>
              {formatUtc(latest.lookedUpAt)} via {latest.source === 'rdap' ? 'RDAP' : 'pasted WHOIS text'}
              {latest.server && <> ({latest.server})</>}
              {latest.error && ' — it did not work (the reason is below)'}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

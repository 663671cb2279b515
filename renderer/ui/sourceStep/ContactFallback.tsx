// When the registry names no abuse contact: who else of the network can be told, labelled with
// the role the registry gives them, and — when there is nobody — the registry's page for
// reporting the missing contact (a registry is not an abuse desk: the app never writes to it).
import type { NetworkContact, OwnerRecord } from '../../core/lookup/ownerRecord';
import { contactKindWords, type WhomToWrite } from '../../core/lookup/whomToWrite';

type Props = {
  writeTo: Exclude<WhomToWrite, { kind: 'abuse' } | { kind: 'not-known' }>;
  record: OwnerRecord | null;
};

export function ContactFallback({ writeTo, record }: Props) {
  if (writeTo.kind === 'network-contact') {
    return (
      <>
        None in the registry&apos;s answer. The report can go to <strong>{writeTo.email}</strong> —{' '}
        {contactKindWords[writeTo.contact.role]}
        {writeTo.contact.name && ` (${writeTo.contact.name})`}, not an abuse desk: ask them to pass it on.
      </>
    );
  }
  const page = writeTo.reportPage;
  const legacy = record?.networkContacts === undefined ? (record?.otherContacts ?? []) : [];
  return (
    <>
      None in the registry&apos;s answer, and no other mailbox of the network either.
      {legacy.length > 0 && (
        <> The record lists these mailboxes, without saying what for: {legacy.join(', ')}.</>
      )}
      {page && (
        <>
          {' '}
          You can tell {page.registry} that the abuse contact is missing, on its page for that:{' '}
          <code className="registry-page">{page.url}</code>
        </>
      )}
    </>
  );
}

const roleWords: Readonly<Record<NetworkContact['role'], string>> = {
  technical: 'technical contact',
  noc: 'operations centre (NOC)',
  administrative: 'administrative contact',
  registrant: 'holder of the network',
  unstated: 'role not given',
};

export function NetworkContactList({ contacts }: { contacts: readonly NetworkContact[] }) {
  return (
    <ul className="network-contacts">
      {contacts.map((contact, index) => (
        <li key={contact.handle ?? index}>
          {contact.name ?? contact.handle ?? 'unnamed'} ({roleWords[contact.role]})
          {contact.emails.length > 0 && <>: {contact.emails.join(', ')}</>}
          {contact.phones.length > 0 && (
            <>
              {contact.emails.length > 0 ? ', ' : ': '}phone {contact.phones.join(', ')}
            </>
          )}
          {contact.emails.length === 0 &&
            contact.phones.length === 0 &&
            ' — no mailbox or phone in the answer'}
        </li>
      ))}
    </ul>
  );
}

// The network's contacts other than its abuse contact, with the role the registry gives each:
// when a registry names no abuse contact (AFRINIC's "No abuse contact registered"), the
// technical or administrative contact is who can still be told, and the person must see which
// of them they are writing to. Read from RDAP entities and from WHOIS tech-c/admin-c handles.
import { distinctEmails, emailsIn } from './abuseContacts';
import type { ContactRole, NetworkContact } from './ownerRecord';
import type { RdapEntity } from './rdapSchema';
import { entityEmails, entityKind, entityName, entityOrganisation, entityPhones } from './vcard';
import { valuesOf, type WhoisBlock, type WhoisText } from './whoisObjects';

/** Whom to tell first when there is no abuse contact: the people who run the network. */
const roleOrder: readonly ContactRole[] = ['technical', 'noc', 'administrative', 'registrant', 'unstated'];

const byRole = (a: NetworkContact, b: NetworkContact) =>
  roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role);

function rdapRole(entity: RdapEntity): ContactRole | null {
  const roles = (entity.roles ?? []).map((role) => role.toLowerCase());
  if (roles.includes('abuse')) return null;
  for (const role of ['technical', 'noc', 'administrative', 'registrant'] as const) {
    if (roles.includes(role)) return role;
  }
  // AFRINIC lists entities without roles: the organisation is the holder, the rest unnamed.
  if (roles.length === 0) return entityKind(entity) === 'org' ? 'registrant' : 'unstated';
  return null; // registrar, reseller, sponsor …: not the network's own people
}

/** `entities`: every entity of the response, flattened. */
export function rdapNetworkContacts(entities: readonly RdapEntity[]): NetworkContact[] {
  const contacts = new Map<string, NetworkContact>();
  entities.forEach((entity, index) => {
    const role = rdapRole(entity);
    if (role === null) return;
    const key = entity.handle ?? `#${index}`;
    const known = contacts.get(key);
    if (known && roleOrder.indexOf(known.role) <= roleOrder.indexOf(role)) return;
    contacts.set(key, {
      role,
      name: entityOrganisation(entity) ?? entityName(entity),
      handle: entity.handle ?? null,
      emails: distinctEmails(entityEmails(entity).map((entry) => entry.email)),
      phones: entityPhones(entity),
    });
  });
  return [...contacts.values()].sort(byRole);
}

const whoisHandleRoles: readonly [string, ContactRole][] = [
  ['tech-c', 'technical'],
  ['admin-c', 'administrative'],
];

// ARIN writes its points of contact inline: OrgTechName, OrgTechEmail, OrgNOCPhone …
const arinContactPrefixes: readonly [string, ContactRole][] = [
  ['orgtech', 'technical'],
  ['rtech', 'technical'],
  ['orgnoc', 'noc'],
  ['rnoc', 'noc'],
];

/** The contacts the network's block names by handle (tech-c, admin-c), and ARIN's inline ones. */
export function whoisNetworkContacts(whois: WhoisText, network: WhoisBlock): NetworkContact[] {
  const contacts = new Map<string, NetworkContact>();
  for (const [key, role] of whoisHandleRoles) {
    for (const handle of valuesOf(network, key)) {
      if (contacts.has(handle)) continue;
      const holder = whois.blocks.find((block) => valuesOf(block, 'nic-hdl').includes(handle));
      contacts.set(handle, {
        role,
        name: holder ? (valuesOf(holder, 'person', 'role')[0] ?? null) : null,
        handle,
        emails: holder ? distinctEmails(valuesOf(holder, 'e-mail').flatMap(emailsIn)) : [],
        phones: holder ? valuesOf(holder, 'phone') : [],
      });
    }
  }
  for (const [prefix, role] of arinContactPrefixes) {
    const emails = distinctEmails(
      whois.blocks.flatMap((block) => valuesOf(block, `${prefix}email`)).flatMap(emailsIn),
    );
    if (emails.length === 0) continue;
    const first = (suffix: string) =>
      whois.blocks.flatMap((block) => valuesOf(block, `${prefix}${suffix}`))[0] ?? null;
    const handle = first('handle');
    const key = handle ?? prefix;
    if (contacts.has(key)) continue;
    const phone = first('phone');
    contacts.set(key, { role, name: first('name'), handle, emails, phones: phone ? [phone] : [] });
  }
  return [...contacts.values()].sort(byRole);
}

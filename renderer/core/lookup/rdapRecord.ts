// An RDAP "ip network" response → OwnerRecord. Works for all five registries: ARIN nests the
// abuse role inside the registrant, RIPE marks the mailbox itself with type "abuse", APNIC and
// KRNIC often name only a registry-level IRT, AFRINIC often has no roles at all (then a remark
// like "please send abuse reports to …" is all there is).
import {
  distinctEmails,
  emailsNearAbuse,
  hasOwnAbuseContact,
  rankAbuseContacts,
  type AbuseCandidate,
} from './abuseContacts';
import { rangeFromEnds, rangeFromText } from './addressRange';
import type { OwnerRecord, Registry } from './ownerRecord';
import { registryOfHost, registryOfUrl } from './registry';
import { rdapNetworkContacts } from './networkContacts';
import { rdapIpNetwork, type RdapEntity, type RdapIpNetwork, type RdapRemark } from './rdapSchema';
import { entityEmails, entityKind, entityName, entityOrganisation } from './vcard';

export type RdapReading = { ok: true; record: OwnerRecord } | { ok: false; problem: string };

/** Every entity, depth first, however deeply the registry nests them. */
function allEntities(
  entities: readonly RdapEntity[] | null | undefined,
  seen = 0,
  list: RdapEntity[] = [],
): RdapEntity[] {
  // A depth cap: a hostile or broken response must not recurse for ever.
  if (!entities || seen > 8) return list;
  for (const entity of entities) {
    list.push(entity);
    allEntities(entity.entities, seen + 1, list);
  }
  return list;
}

const hasRole = (entity: RdapEntity, role: string): boolean =>
  (entity.roles ?? []).some((value) => value.toLowerCase() === role);

const remarkLines = (remarks: readonly RdapRemark[] | null | undefined): string[][] =>
  (remarks ?? []).map((remark) => remark.description ?? []);

function abuseCandidates(response: RdapIpNetwork, entities: RdapEntity[]): AbuseCandidate[] {
  const stated: AbuseCandidate[] = [];
  for (const entity of entities) {
    const emails = entityEmails(entity);
    const abuseRole = hasRole(entity, 'abuse');
    // A mailbox typed "abuse" comes before the entity's other mailboxes.
    for (const { email } of emails.filter((entry) => entry.markedAbuse)) {
      stated.push({ email, source: 'rdap-abuse-role', tier: 'stated' });
    }
    if (abuseRole) {
      for (const { email } of emails.filter((entry) => !entry.markedAbuse)) {
        stated.push({ email, source: 'rdap-abuse-role', tier: 'stated' });
      }
    }
  }
  if (hasOwnAbuseContact(rankAbuseContacts(stated))) return stated;
  const remarks = [
    remarkLines(response.remarks),
    ...entities.map((entity) => remarkLines(entity.remarks)),
  ].flat();
  const fromRemarks = remarks.flatMap((lines) =>
    emailsNearAbuse(lines).map((email): AbuseCandidate => ({
      email,
      source: 'rdap-remarks',
      tier: 'remark',
    })),
  );
  return [...stated, ...fromRemarks];
}

function ownerOf(response: RdapIpNetwork, entities: RdapEntity[]): string | null {
  for (const entity of entities.filter((candidate) => hasRole(candidate, 'registrant'))) {
    const name = entityOrganisation(entity) ?? entityName(entity);
    if (name) return name;
  }
  // AFRINIC lists the organisation without a role; its fn is sometimes just its handle.
  for (const entity of entities.filter((candidate) => entityKind(candidate) === 'org')) {
    const name = entityName(entity);
    if (name && name !== entity.handle) return name;
  }
  // APNIC keeps the organisation in a remark titled "description" (the WHOIS "descr:").
  const description = (response.remarks ?? []).find(
    (remark) => remark.title?.toLowerCase() === 'description',
  );
  return description?.description?.[0]?.trim() || null;
}

function networkRange(response: RdapIpNetwork) {
  const range =
    response.startAddress && response.endAddress
      ? rangeFromEnds(response.startAddress, response.endAddress)
      : null;
  const prefixes = (response.cidr0_cidrs ?? [])
    .map((block) => `${block.v4prefix ?? block.v6prefix ?? ''}/${block.length}`)
    .map((text) => rangeFromText(text)?.cidr)
    .filter((cidr): cidr is string => typeof cidr === 'string');
  return {
    start: range?.start ?? null,
    end: range?.end ?? null,
    cidr: prefixes.length > 0 ? prefixes.join(', ') : (range?.cidr ?? null),
  };
}

function eventDate(response: RdapIpNetwork, action: string): string | null {
  const date = (response.events ?? []).find((event) => event.eventAction.toLowerCase() === action)?.eventDate;
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}

function registryOf(response: RdapIpNetwork, hint: Registry | null): Registry | null {
  if (hint) return hint;
  if (response.port43) {
    const fromWhois = registryOfHost(response.port43);
    if (fromWhois) return fromWhois;
  }
  for (const link of response.links ?? []) {
    const fromLink = link.href ? registryOfUrl(link.href) : null;
    if (fromLink) return fromLink;
  }
  return null;
}

/** Reads a parsed RDAP response; `registryHint` is the registry whose server was asked. */
export function readRdapResponse(json: unknown, registryHint: Registry | null = null): RdapReading {
  const parsed = rdapIpNetwork.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problem: 'the registry answered, but not with an RDAP record this app can read' };
  }
  const response = parsed.data;
  if (typeof response.errorCode === 'number') {
    const title = response.title ?? response.description?.[0] ?? 'no reason given';
    return { ok: false, problem: `the registry answered with error ${response.errorCode}: ${title}` };
  }
  if (response.objectClassName && response.objectClassName !== 'ip network') {
    return {
      ok: false,
      problem: `the registry answered with a "${response.objectClassName}" record, not a network`,
    };
  }
  const entities = allEntities(response.entities);
  const abuseContacts = rankAbuseContacts(abuseCandidates(response, entities));
  const abuseEmails = new Set(abuseContacts.map((contact) => contact.email.toLowerCase()));
  const otherContacts = distinctEmails(
    entities.flatMap((entity) => entityEmails(entity).map((entry) => entry.email)),
  ).filter((email) => !abuseEmails.has(email.toLowerCase()));
  return {
    ok: true,
    record: {
      registry: registryOf(response, registryHint),
      network: {
        name: response.name?.trim() || null,
        handle: response.handle?.trim() || null,
        ...networkRange(response),
        country: response.country?.trim().toUpperCase() || null,
      },
      owner: ownerOf(response, entities),
      registeredAt: eventDate(response, 'registration'),
      lastChangedAt: eventDate(response, 'last changed'),
      abuseContacts,
      otherContacts,
      networkContacts: rdapNetworkContacts(entities),
    },
  };
}

/** Reads RDAP text; malformed JSON gets a sentence, not a SyntaxError. */
export function readRdapText(text: string, registryHint: Registry | null = null): RdapReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the registry answered with something that is not valid JSON' };
  }
  return readRdapResponse(json, registryHint);
}

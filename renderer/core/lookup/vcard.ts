// Reading the few vCard properties an RDAP entity carries: name, kind, organisation, emails, phones.
import type { RdapEntity } from './rdapSchema';

export type EntityEmail = { email: string; markedAbuse: boolean };

function properties(entity: RdapEntity): unknown[][] {
  return entity.vcardArray?.[1] ?? [];
}

function textOf(property: unknown[]): string | null {
  const value = property[3];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function firstText(entity: RdapEntity, name: string): string | null {
  for (const property of properties(entity)) {
    if (property[0] === name) {
      const text = textOf(property);
      if (text) return text;
    }
  }
  return null;
}

export const entityName = (entity: RdapEntity): string | null => firstText(entity, 'fn');
export const entityKind = (entity: RdapEntity): string | null => firstText(entity, 'kind');
export const entityOrganisation = (entity: RdapEntity): string | null => firstText(entity, 'org');

/** RIPE marks the abuse-mailbox itself: ["email", {"type": "abuse"}, "text", "abuse@…"]. */
function typeIncludesAbuse(params: unknown): boolean {
  if (typeof params !== 'object' || params === null) return false;
  const type = (params as { type?: unknown }).type;
  const types = Array.isArray(type) ? type : [type];
  return types.some((value) => typeof value === 'string' && value.toLowerCase() === 'abuse');
}

export function entityEmails(entity: RdapEntity): EntityEmail[] {
  const emails: EntityEmail[] = [];
  for (const property of properties(entity)) {
    if (property[0] !== 'email') continue;
    const text = textOf(property);
    if (text)
      emails.push({ email: text.replace(/^mailto:/i, ''), markedAbuse: typeIncludesAbuse(property[1]) });
  }
  return emails;
}

/** Telephone numbers, written "tel:+27…" (uri) or "+27…" (text). */
export function entityPhones(entity: RdapEntity): string[] {
  return properties(entity)
    .filter((property) => property[0] === 'tel')
    .map(textOf)
    .filter((text): text is string => text !== null)
    .map((text) => text.replace(/^tel:/i, ''));
}

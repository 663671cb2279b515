// Ranking the abuse mailboxes found in a registry record: the network's own abuse contact first,
// an address a remark names near the word "abuse" next, a registry-level team (APNIC's or KRNIC's
// IRT) last. The same address found twice keeps its best place.
import type { AbuseContact, AbuseContactSource } from './ownerRecord';
import { isRegistryMailbox } from './registry';

export type AbuseCandidate = { email: string; source: AbuseContactSource; tier: 'stated' | 'remark' };

const emailPattern = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** The mailbox as it is compared and shown: domain in lower case (it is case-insensitive). */
export function canonicalEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}

export function isEmailAddress(text: string): boolean {
  const match = text.trim().match(emailPattern);
  return match !== null && match[0] === text.trim();
}

export function emailsIn(text: string): string[] {
  return text.match(emailPattern) ?? [];
}

/**
 * Addresses a remark gives for abuse reports: on a line that says "abuse" (the word may be the
 * mailbox itself, "send mail to abuse@bora.net"), or on the line right after one that says it
 * without an address ("For abuse reports write to" / "noc@example.net"). An address on the next
 * line after a line that already had one belongs to another purpose ("for security, …").
 */
export function emailsNearAbuse(lines: readonly string[]): string[] {
  const found: string[] = [];
  lines.forEach((line, index) => {
    if (!/abuse/i.test(line)) return;
    const onLine = emailsIn(line);
    for (const email of onLine.length > 0 ? onLine : emailsIn(lines[index + 1] ?? '')) found.push(email);
  });
  return found;
}

const tierOrder = (candidate: AbuseCandidate, registryLevel: boolean): number => {
  if (candidate.source === 'manual') return 0;
  if (registryLevel) return 3;
  return candidate.tier === 'stated' ? 1 : 2;
};

export function rankAbuseContacts(candidates: readonly AbuseCandidate[]): AbuseContact[] {
  const best = new Map<string, { contact: Omit<AbuseContact, 'rank'>; order: number; position: number }>();
  candidates.forEach((candidate, position) => {
    const email = canonicalEmail(candidate.email.trim());
    if (!isEmailAddress(email)) return;
    const registryLevel = candidate.source !== 'manual' && isRegistryMailbox(email);
    const order = tierOrder(candidate, registryLevel);
    const key = email.toLowerCase();
    const known = best.get(key);
    if (known && known.order <= order) return;
    best.set(key, { contact: { email, source: candidate.source, registryLevel }, order, position });
  });
  return [...best.values()]
    .sort((a, b) => a.order - b.order || a.position - b.position)
    .map(({ contact }, index) => ({ ...contact, rank: index + 1 }));
}

/** True when the record names a mailbox of the network's own (not only a registry's team). */
export const hasOwnAbuseContact = (contacts: readonly AbuseContact[]): boolean =>
  contacts.some((contact) => !contact.registryLevel);

/** Each mailbox once, compared without case, in the order first seen. */
export function distinctEmails(emails: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const email of emails) {
    const canonical = canonicalEmail(email.trim());
    if (isEmailAddress(canonical) && !seen.has(canonical.toLowerCase()))
      seen.set(canonical.toLowerCase(), canonical);
  }
  return [...seen.values()];
}

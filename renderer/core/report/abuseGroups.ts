// Who gets which email: one draft per abuse mailbox, with every reported address that shares it.
// Private addresses are inside our own network (a note for us, not an email); known-good
// addresses are ours or trusted and are never reported; public addresses whose owner was not
// looked up are listed so the person knows what is missing.
import type { AttackSource } from '../analysis/attackSource';
import { attackAttempts } from '../analysis/attackOrder';
import { addressMatcher, type AddressList } from './addressTokens';
import type { ContactKind } from '../lookup/whomToWrite';

/** What the Source step found out about an address (from RDAP or pasted WHOIS). */
export type SourceOwner = {
  owner: string | null;
  network: string | null;
  country: string | null;
  /**
   * The mailbox to write to first (the abuse contact, else a contact of the network, see
   * `contactKind`); null when the registry publishes none or nobody answered.
   */
  abuseEmail: string | null;
  /** What kind of contact `abuseEmail` is; absent = the abuse contact. */
  contactKind?: ContactKind;
  /** Why nothing is known: the lookup that did not work; absent when a registry answered. */
  lookupProblem?: string;
};

export type AbuseRecipient = {
  /** Where the e-mail goes: the abuse contact, or the contact of `contactKind`. */
  abuseEmail: string;
  /** Absent = the network's abuse contact; else the kind of contact the draft must say it writes to. */
  contactKind?: ContactKind;
  /** The owners' names, as the registries give them. */
  owners: string[];
  sources: AttackSource[];
};

export type ReportAudience = {
  recipients: AbuseRecipient[];
  /** Attacking addresses inside our own network (private, loopback, link-local, CGNAT …). */
  internal: AttackSource[];
  /** Public attacking addresses without a known abuse mailbox. */
  withoutContact: AttackSource[];
  /** Attacking addresses left out because the person marked them known-good. */
  knownGood: AttackSource[];
  /**
   * Sources whose text is no IP address ("999.1.1.1", a host name that was never resolved): no
   * network of ours and no provider's, so neither a note nor an e-mail; listed so nothing is
   * left out silently.
   */
  notAnAddress: AttackSource[];
};

export function reportAudience(
  sources: readonly AttackSource[],
  owners: ReadonlyMap<string, SourceOwner>,
  knownGood: AddressList,
): ReportAudience {
  const isKnownGood = addressMatcher(knownGood);
  const byMailbox = new Map<string, AbuseRecipient>();
  const audience: ReportAudience = {
    recipients: [],
    internal: [],
    withoutContact: [],
    knownGood: [],
    notAnAddress: [],
  };
  for (const source of sources) {
    if (attackAttempts(source) === 0) continue;
    if (isKnownGood(source.ip)) {
      audience.knownGood.push(source);
      continue;
    }
    if (source.scope === 'invalid') {
      audience.notAnAddress.push(source);
      continue;
    }
    if (source.scope !== 'public') {
      audience.internal.push(source);
      continue;
    }
    const owner = owners.get(source.ip);
    const mailbox = owner?.abuseEmail?.trim().toLowerCase();
    if (!mailbox) {
      audience.withoutContact.push(source);
      continue;
    }
    const recipient: AbuseRecipient = byMailbox.get(mailbox) ?? {
      abuseEmail: mailbox,
      ...(owner?.contactKind && owner.contactKind !== 'abuse' ? { contactKind: owner.contactKind } : {}),
      owners: [],
      sources: [],
    };
    recipient.sources.push(source);
    if (owner?.owner && !recipient.owners.includes(owner.owner)) recipient.owners.push(owner.owner);
    byMailbox.set(mailbox, recipient);
  }
  audience.recipients = [...byMailbox.values()].sort(
    (a, b) => totalAttempts(b.sources) - totalAttempts(a.sources) || a.abuseEmail.localeCompare(b.abuseEmail),
  );
  return audience;
}

export function totalAttempts(sources: readonly AttackSource[]): number {
  return sources.reduce((sum, source) => sum + attackAttempts(source), 0);
}

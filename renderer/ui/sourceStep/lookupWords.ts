// The words the Source step uses for registries' facts, for a person who has never heard of RDAP.
import type { AbuseContact, AbuseContactSource } from '../../core/lookup/ownerRecord';
import type { ReverseDns } from '../../core/lookup/addressLookup';
import { contactKindWords, type WhomToWrite } from '../../core/lookup/whomToWrite';

export const contactSourceWords: Record<AbuseContactSource, string> = {
  'rdap-abuse-role': 'the registry’s abuse contact for this network',
  'rdap-remarks': 'a remark in the registry record that mentions abuse',
  'whois-text': 'the pasted WHOIS text',
  manual: 'entered by you',
};

export function contactWhere(contact: AbuseContact): string {
  const where = contactSourceWords[contact.source];
  return contact.registryLevel
    ? `${where} — this is a registry’s or national team’s mailbox, not the network’s own: it forwards reports at best, so expect a slow answer`
    : where;
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return `${regions.of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}

export function reverseDnsWords(reverseDns: ReverseDns | null): string {
  if (!reverseDns) return 'not asked';
  switch (reverseDns.status) {
    case 'found':
      return reverseDns.forwardConfirmed
        ? `${reverseDns.hostnames.join(', ')} (the name maps back to this address)`
        : `${reverseDns.hostnames.join(', ')} (the name does not map back to this address, so it may be made up)`;
    case 'none':
      return 'no name is registered for this address';
    case 'unavailable':
      return `not available: ${reverseDns.reason}`;
  }
}

/** The end of the headline: "write to abuse@…", or what to do when there is no abuse contact. */
export function writeToWords(writeTo: WhomToWrite): string {
  switch (writeTo.kind) {
    case 'abuse':
      return `write to ${writeTo.email}`;
    case 'network-contact':
      return `it names no abuse contact: write to ${writeTo.email}, ${contactKindWords[writeTo.contact.role]}`;
    case 'nobody':
      return 'it names no abuse contact and no other mailbox of the network';
    case 'not-known':
      return 'who to write to is not known yet';
  }
}

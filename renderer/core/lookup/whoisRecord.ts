// Pasted WHOIS text → OwnerRecord, the offline fallback: the person runs `whois 203.0.113.7` or
// uses a registry's web page and pastes the answer. Reads ARIN's OrgAbuseEmail, RIPE's
// "% Abuse contact for … is …", abuse-mailbox, LACNIC's abuse-c handle, and remarks near "abuse"
// (APNIC, AFRINIC) when nothing else names the network's own abuse mailbox.
import {
  distinctEmails,
  emailsIn,
  emailsNearAbuse,
  hasOwnAbuseContact,
  rankAbuseContacts,
  type AbuseCandidate,
} from './abuseContacts';
import { rangeFromText, type AddressRange } from './addressRange';
import { networkContains, ownershipProblem } from './networkContains';
import { whoisNetworkContacts } from './networkContacts';
import { emptyNetwork, type OwnerRecord, type Registry } from './ownerRecord';
import {
  allValues,
  firstValue,
  readWhoisText,
  valuesOf,
  type WhoisBlock,
  type WhoisText,
} from './whoisObjects';

export type WhoisReading = { ok: true; record: OwnerRecord } | { ok: false; problem: string };

function registryOfText(text: string): Registry | null {
  if (/afrinic/i.test(text)) return 'AFRINIC';
  if (/lacnic/i.test(text)) return 'LACNIC';
  if (/whois\.apnic\.net|^source:\s+APNIC/im.test(text)) return 'APNIC';
  if (/RIPE Database|whois\.ripe\.net|^source:\s+RIPE/im.test(text)) return 'RIPE NCC';
  if (/ARIN WHOIS|whois\.arin\.net/i.test(text)) return 'ARIN';
  return null;
}

type NetworkBlock = { block: WhoisBlock; range: AddressRange };

/** Every network the answer describes, most specific first: registries also print the block it sits in. */
function networksBySize(whois: WhoisText): NetworkBlock[] {
  const networks: NetworkBlock[] = [];
  for (const block of whois.blocks) {
    const written = firstValue(block, 'inetnum', 'inet6num', 'netrange', 'cidr');
    const range = written ? rangeFromText(written) : null;
    if (range) networks.push({ block, range });
  }
  return networks.sort((a, b) => (a.range.size < b.range.size ? -1 : a.range.size > b.range.size ? 1 : 0));
}

const networkFactsOf = (whois: WhoisText, network: NetworkBlock) => ({
  name: firstValue(network.block, 'netname'),
  handle: firstValue(network.block, 'nethandle', 'inetnum', 'inet6num'),
  cidr: network.range.cidr,
  start: network.range.start,
  end: network.range.end,
  country:
    (firstValue(network.block, 'country') ?? allValues(whois, 'country')[0] ?? '').toUpperCase() || null,
});

function normalisedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso?.[1]) return iso[1];
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  return compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : null;
}

function ownerOf(whois: WhoisText, network: WhoisBlock | null): string | null {
  const organization = network ? firstValue(network, 'owner', 'organization') : null;
  if (organization) return organization.replace(/\s*\([^)]*\)\s*$/, '');
  const named = allValues(whois, 'org-name', 'orgname', 'owner')[0];
  if (named) return named;
  return network ? firstValue(network, 'descr') : null;
}

/** The mailboxes of the object a handle names (LACNIC's abuse-c: RYT2 → "nic-hdl: RYT2"). */
function emailsOfHandle(whois: WhoisText, handle: string): string[] {
  const holder = whois.blocks.find((block) => valuesOf(block, 'nic-hdl').some((value) => value === handle));
  return holder ? valuesOf(holder, 'e-mail', 'abuse-mailbox').flatMap(emailsIn) : [];
}

function abuseCandidates(whois: WhoisText): AbuseCandidate[] {
  const stated = (email: string): AbuseCandidate => ({ email, source: 'whois-text', tier: 'stated' });
  const candidates: AbuseCandidate[] = [];
  for (const comment of whois.comments) {
    const sentence = /Abuse contact for .* is '([^']+)'/i.exec(comment);
    if (sentence?.[1]) for (const email of emailsIn(sentence[1])) candidates.push(stated(email));
  }
  for (const email of allValues(whois, 'abuse-mailbox', 'orgabuseemail', 'rabuseemail').flatMap(emailsIn))
    candidates.push(stated(email));
  for (const handle of allValues(whois, 'abuse-c'))
    for (const email of emailsOfHandle(whois, handle)) candidates.push(stated(email));
  if (hasOwnAbuseContact(rankAbuseContacts(candidates))) return candidates;
  const fromRemarks = whois.blocks.flatMap((block) => emailsNearAbuse(valuesOf(block, 'remarks', 'comment')));
  return [
    ...candidates,
    ...fromRemarks.map((email): AbuseCandidate => ({ email, source: 'whois-text', tier: 'remark' })),
  ];
}

/**
 * Reads a pasted answer for `ip`. It is used only when a network it describes contains the
 * address (the most specific such one); otherwise the problem names the network it is about.
 */
export function readWhoisAnswer(text: string, ip: string): WhoisReading {
  const whois = readWhoisText(text);
  const networks = networksBySize(whois);
  const abuseContacts = rankAbuseContacts(abuseCandidates(whois));
  if (networks.length === 0 && abuseContacts.length === 0) {
    return {
      ok: false,
      problem: 'this does not look like a WHOIS answer for an address: no network and no contact found',
    };
  }
  const network = networks.find((candidate) => networkContains(networkFactsOf(whois, candidate), ip));
  if (!network) {
    const described = networks[0] ? networkFactsOf(whois, networks[0]) : emptyNetwork;
    const whatToTry = `paste the answer of "whois ${ip}" (or of the registry's web page for ${ip}) instead`;
    return { ok: false, problem: ownershipProblem(described, ip, 'this WHOIS answer', whatToTry)! };
  }
  const abuseEmails = new Set(abuseContacts.map((contact) => contact.email.toLowerCase()));
  const otherContacts = distinctEmails(
    allValues(whois, 'e-mail', 'orgtechemail', 'orgnocemail', 'rtechemail', 'rnocemail').flatMap(emailsIn),
  ).filter((email) => !abuseEmails.has(email.toLowerCase()));
  const block = network.block;
  return {
    ok: true,
    record: {
      registry: registryOfText(text),
      network: networkFactsOf(whois, network),
      owner: ownerOf(whois, block),
      registeredAt: normalisedDate(block ? firstValue(block, 'regdate', 'created') : null),
      lastChangedAt: normalisedDate(block ? firstValue(block, 'updated', 'last-modified', 'changed') : null),
      abuseContacts,
      otherContacts,
      networkContacts: whoisNetworkContacts(whois, block),
    },
  };
}

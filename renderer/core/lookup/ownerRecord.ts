// What a registry says about the network an address belongs to, whether read from an RDAP
// response or from pasted WHOIS text. Boundary type: it is cached in the case (db/lookups.ts),
// crosses the bridge (preload/api.ts) and is printed by the command line; add fields, do not
// rename them.

/** The five regional internet registries; a national registry answers through its RIR. */
export type Registry = 'ARIN' | 'RIPE NCC' | 'APNIC' | 'LACNIC' | 'AFRINIC';

/** Where an abuse address was found, so the screen can say how much to trust it. */
export type AbuseContactSource = 'rdap-abuse-role' | 'rdap-remarks' | 'whois-text' | 'manual';

export type AbuseContact = {
  email: string;
  source: AbuseContactSource;
  /** 1 = write here first. */
  rank: number;
  /**
   * A registry's or a national team's mailbox (e.g. KRNIC's IRT), not the network's own: it
   * forwards reports at best, so it ranks below anything the network publishes itself.
   */
  registryLevel: boolean;
};

/**
 * How the registry labels a contact of the network other than its abuse contact: "technical" and
 * "administrative" (RDAP roles, WHOIS tech-c/admin-c, ARIN's OrgTech*), "noc" (ARIN's OrgNOC*),
 * "registrant" (the organisation holding the network), "unstated" (listed without a role, as
 * AFRINIC's RDAP answers do).
 */
export type ContactRole = 'technical' | 'administrative' | 'noc' | 'registrant' | 'unstated';

export type NetworkContact = {
  role: ContactRole;
  name: string | null;
  handle: string | null;
  emails: string[];
  phones: string[];
};

export type NetworkFacts = {
  /** The network's name in the registry, e.g. "GOOGLE" or "BT-CORPORATE". */
  name: string | null;
  handle: string | null;
  /** The range as CIDR blocks ("74.125.0.0/16"); several when the range is not one block. */
  cidr: string | null;
  start: string | null;
  end: string | null;
  /** ISO 3166 two-letter code. */
  country: string | null;
};

export type OwnerRecord = {
  registry: Registry | null;
  network: NetworkFacts;
  /** The organisation the network is registered to. */
  owner: string | null;
  /** Dates as the registry wrote them, normalised to YYYY-MM-DD. */
  registeredAt: string | null;
  lastChangedAt: string | null;
  abuseContacts: AbuseContact[];
  /** Other published mailboxes (technical, administrative), for when no abuse contact exists. */
  otherContacts: string[];
  /**
   * The network's other contacts with the role the registry gives them, for when it names no
   * abuse contact. Absent in lookups kept before it was read.
   */
  networkContacts?: NetworkContact[];
};

export const emptyNetwork: NetworkFacts = {
  name: null,
  handle: null,
  cidr: null,
  start: null,
  end: null,
  country: null,
};

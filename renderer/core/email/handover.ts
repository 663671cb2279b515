// Where the message entered our own mail servers. Going down from the top (our inbox), each hop
// received by one of ours from one of ours (or from inside: a private address, a local pickup) is
// our own relaying; the first hop received by ours from a stranger is the handover. Its from-
// address was seen by our server on a real connection, so it can be trusted: the originating
// address. Everything below was written by the sender's side and may be forged.
// (The same idea as SpamAssassin's trusted_networks and the "last trusted relay".)
import { isOurs } from './ourDomains';
import type { Hop } from './hopList';

export type HopSide = 'ours' | 'handover' | 'sender' | 'unplaced';

export type Handover =
  | { status: 'found'; index: number }
  /** No hop was received by one of ours: the domains are not marked, or are not these. */
  | { status: 'not-received-by-ours' }
  /** Every hop is between our own servers: the message was sent from inside. */
  | { status: 'all-ours' }
  | { status: 'no-hops' };

const internalScopes = new Set(['private', 'loopback', 'link-local', 'unique-local', 'cgnat']);

/** A receiving name that says "this machine": no name, localhost, a one-word host name. */
export function isLocalName(host: string | null): boolean {
  return host === null || host === 'localhost' || !host.includes('.') || host.endsWith('.localdomain');
}

const isRetrieval = (hop: Hop) => /^(pop3?|imap)s?\b/i.test(hop.protocol ?? '');

const receivedByOurs = (hop: Hop, ours: readonly string[]) =>
  isLocalName(hop.byHost) || isOurs(hop.byHost, ours);

/** Whether the side that handed the hop over is our own (or inside our network). */
function fromOurs(hop: Hop, older: Hop | undefined, ours: readonly string[]): boolean {
  // No network peer recorded: a local pickup ("by mail (Postfix, from userid 500)", "with local").
  if (hop.fromAddress === null && hop.fromReverseName === null) return true;
  if (hop.fromScope !== null && internalScopes.has(hop.fromScope)) return true;
  if (isOurs(hop.fromAddress, ours) || isOurs(hop.fromReverseName, ours)) return true;
  // A POP3 or IMAP hop was written by our own mail client (fetchmail) fetching from the mailbox
  // server it was told to use: that name is ours to trust, not a HELO.
  if (isRetrieval(hop) && isOurs(hop.fromHelo, ours)) return true;
  // The HELO name alone is the sender's word; it counts when the hop below says the same server
  // received it, one of ours (Exim writes "from mx2.example.com ([1.2.3.4])" without reverse name).
  return isOurs(hop.fromHelo, ours) && older !== undefined && isOurs(older.byHost, ours);
}

export function findHandover(hops: readonly Hop[], ours: readonly string[]): Handover {
  if (hops.length === 0) return { status: 'no-hops' };
  let sawOurs = false;
  for (let at = hops.length - 1; at >= 0; at--) {
    const hop = hops[at]!;
    if (!receivedByOurs(hop, ours)) return { status: 'not-received-by-ours' };
    if (!isLocalName(hop.byHost)) sawOurs = true;
    if (!fromOurs(hop, hops[at - 1], ours)) {
      return sawOurs ? { status: 'found', index: at } : { status: 'not-received-by-ours' };
    }
  }
  // Every hop went from one of ours (or this machine) to one of ours: sent from inside.
  return { status: 'all-ours' };
}

/** Which side wrote each hop, oldest first, given the handover. */
export function hopSides(hops: readonly Hop[], handover: Handover): HopSide[] {
  return hops.map((_, at) => {
    if (handover.status === 'all-ours') return 'ours';
    if (handover.status !== 'found') return 'unplaced';
    if (at === handover.index) return 'handover';
    return at > handover.index ? 'ours' : 'sender';
  });
}

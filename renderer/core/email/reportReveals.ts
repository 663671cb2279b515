// What a spam report gives away about us when the original goes to a stranger's abuse desk: our
// recipients' addresses and the names and addresses of our own servers in the Received lines. The
// preview lists them so the person can choose "headers only" knowingly (DECISIONS.md, E-mail).
import { headerValues, type HeaderBlock } from './messageHeaders';
import { addressOfField } from './mailAddress';
import type { MessageTrace } from './messageTrace';

export type ReportReveals = { recipients: string[]; ourServers: string[] };

export function reportReveals(header: HeaderBlock, trace: MessageTrace): ReportReveals {
  const recipients = new Set<string>();
  for (const name of ['To', 'Cc', 'Delivered-To', 'X-Original-To']) {
    for (const value of headerValues(header.fields, name)) {
      for (const part of value.split(',')) {
        const address = addressOfField(part);
        if (address) recipients.add(address);
      }
    }
  }
  const ourServers = new Set<string>();
  for (const hop of trace.hops) {
    if (hop.side !== 'ours' && hop.side !== 'handover') continue;
    if (hop.for) recipients.add(hop.for.toLowerCase());
    if (hop.byHost && hop.byHost !== 'localhost') ourServers.add(hop.byHost);
    if (hop.side === 'ours') {
      if (hop.fromReverseName && hop.fromReverseName !== 'localhost') ourServers.add(hop.fromReverseName);
      if (hop.fromAddress && hop.fromScope !== 'loopback') ourServers.add(hop.fromAddress);
    }
  }
  return { recipients: [...recipients], ourServers: [...ourServers] };
}

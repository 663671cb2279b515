// The classic tricks and oddities of a message's route, each as one plain sentence: a route with
// impossible times, a private address claimed as the origin, "(may be forged)" notes, an X-Originating-IP
// header, and a From domain that is not the envelope sender's together with a failed DMARC check
// (on its own that difference is normal: mailing lists, newsletters and invoices all do it).
import { readAddress } from '../net/addressText';
import { addressScope } from '../net/addressScope';
import type { AuthenticationResult } from './authenticationResults';
import type { Hop } from './hopList';

export type TraceFlagKind =
  | 'impossible-time'
  | 'private-claimed-origin'
  | 'may-be-forged'
  | 'x-originating-ip'
  | 'from-not-envelope-sender';

export type TraceFlag = { kind: TraceFlagKind; hopNumber: number | null; words: string };

/** Clocks of mail servers drift; a hop "earlier" by less than this is not suspicious. */
const clockTolerance = 15 * 60_000;

function duration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  if (minutes < 120) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`;
}

export type FlagFacts = {
  hops: readonly Hop[];
  handoverIndex: number | null;
  authentication: readonly AuthenticationResult[];
  xOriginatingIp: string | null;
  fromDomain: string | null;
  envelopeDomain: string | null;
};

export function traceFlags(facts: FlagFacts): TraceFlag[] {
  const flags: TraceFlag[] = [];
  for (const hop of facts.hops) {
    if (hop.delay !== null && hop.delay < -clockTolerance) {
      flags.push({
        kind: 'impossible-time',
        hopNumber: hop.number,
        words: `Hop ${hop.number} says it received the message ${duration(-hop.delay)} before hop ${hop.number - 1} sent it: one of the two clocks is wrong, or a line was made up.`,
      });
    }
    if (hop.mayBeForged) {
      flags.push({
        kind: 'may-be-forged',
        hopNumber: hop.number,
        words:
          `At hop ${hop.number} the receiving server noted "may be forged": the name ${hop.fromReverseName ?? 'given'} does not lead back to the address ${hop.fromAddress ?? ''}.`.replace(
            ' .',
            '.',
          ),
      });
    }
  }
  const oldest = facts.hops[0];
  if (
    oldest?.fromAddress &&
    facts.handoverIndex !== null &&
    facts.handoverIndex > 0 &&
    addressScope(oldest.fromAddress) !== 'public'
  ) {
    flags.push({
      kind: 'private-claimed-origin',
      hopNumber: 1,
      words: `The oldest line claims the message started at ${oldest.fromAddress}, a private address: that is written by the sender's side and tells nothing about who sent it.`,
    });
  }
  if (facts.xOriginatingIp !== null) {
    flags.push({
      kind: 'x-originating-ip',
      hopNumber: null,
      words: `The message names ${facts.xOriginatingIp} as the computer it was written on (X-Originating-IP, added by some web mail services). It is a hint, not proof: the sender could have written it.`,
    });
  }
  const dmarcFailed = facts.authentication.some(
    (result) =>
      result.trusted && result.checks.some((check) => check.method === 'dmarc' && check.result === 'fail'),
  );
  if (
    dmarcFailed &&
    facts.fromDomain !== null &&
    facts.envelopeDomain !== null &&
    facts.fromDomain !== facts.envelopeDomain
  ) {
    flags.push({
      kind: 'from-not-envelope-sender',
      hopNumber: null,
      words: `The From line says ${facts.fromDomain}, but the message was sent for ${facts.envelopeDomain}, and ${facts.fromDomain}'s own check failed (DMARC): the sender is pretending to be ${facts.fromDomain}.`,
    });
  }
  return flags;
}

/** The address in an X-Originating-IP header ("[1.2.3.4]"), or null. */
export function readOriginatingIpHeader(value: string | null): string | null {
  if (value === null) return null;
  return readAddress(value.replace(/[[\]\s]/g, '')) ?? null;
}

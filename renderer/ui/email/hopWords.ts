// How a hop is written for a person: the sending side, the receiving server, the time and delay.
import type { TracedHop } from '../../core/email/messageTrace';
import type { AddressScope } from '../../core/net/addressScope';
import { utcStamp } from '../../core/report/reportTime';

/** The sending side's name: the reverse name our side looked up, else what it called itself. */
export function sendingName(hop: TracedHop): string | null {
  return hop.fromReverseName ?? hop.fromHelo;
}

// Not the log case's scope labels: a private address on the sender's side of the route is in
// the sender's network, not "inside your network".
const scopeWordsOf: Partial<Record<AddressScope, string>> = {
  public: 'Internet address',
  private: 'private address',
  loopback: 'the same machine',
  'link-local': 'private address',
  'unique-local': 'private address',
  cgnat: 'provider-internal address',
  documentation: 'example address',
};

export function scopeWords(hop: TracedHop): string | null {
  return hop.fromScope ? (scopeWordsOf[hop.fromScope] ?? 'unusual address') : null;
}

export function hopTime(hop: TracedHop): string {
  return hop.time === null ? 'no time' : utcStamp(hop.time).replace(' UTC', '');
}

/** "2 s later", "3 h earlier than the hop before": the gap since the previous (older) hop. */
export function delayWords(delay: number | null): string {
  if (delay === null) return '';
  const size = Math.abs(Math.round(delay / 1000));
  const amount =
    size < 120
      ? `${size} s`
      : size < 7200
        ? `${Math.round(size / 60)} min`
        : size < 172800
          ? `${Math.round(size / 3600)} h`
          : `${Math.round(size / 86400)} days`;
  return delay < 0 ? `${amount} earlier than the hop before` : `${amount} later`;
}

export const sideWords: Readonly<Record<TracedHop['side'], string>> = {
  ours: 'Your servers',
  handover: 'Entered your servers here',
  sender: "Written by the sender's side, may be forged",
  unplaced: 'Not placed yet: mark your domain',
};

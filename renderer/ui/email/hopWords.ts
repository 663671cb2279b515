// How a hop is written for a person: the sending side, the receiving server, the time and delay.
import type { TracedHop } from '../../core/email/messageTrace';
import { utcStamp } from '../../core/report/reportTime';
import { scopeLabel } from '../importStep/scopeLabel';

export function sendingSide(hop: TracedHop): string {
  const name = hop.fromReverseName ?? hop.fromHelo;
  if (!name && !hop.fromAddress) return 'this server itself (no network connection)';
  return [name, hop.fromAddress ? `[${hop.fromAddress}]` : null].filter(Boolean).join(' ');
}

export function scopeWords(hop: TracedHop): string | null {
  return hop.fromScope ? scopeLabel[hop.fromScope] : null;
}

export function hopTime(hop: TracedHop): string {
  return hop.time === null ? 'no time' : utcStamp(hop.time);
}

export function delayWords(delay: number | null): string {
  if (delay === null) return '';
  const seconds = Math.round(delay / 1000);
  const sign = seconds < 0 ? '−' : '+';
  const size = Math.abs(seconds);
  if (size < 120) return `${sign}${size} s`;
  if (size < 7200) return `${sign}${Math.round(size / 60)} min`;
  if (size < 172800) return `${sign}${Math.round(size / 3600)} h`;
  return `${sign}${Math.round(size / 86400)} days`;
}

export const sideWords: Readonly<Record<TracedHop['side'], string>> = {
  ours: 'Your servers',
  handover: 'Entered your servers here',
  sender: "Written by the sender's side, may be forged",
  unplaced: 'Not placed yet: mark your domain',
};

// The attacking addresses as a CSV table, for a spreadsheet or a firewall request. User names
// are attacker-chosen: they go through csvCell like every other cell.
import type { AttackSource } from '../analysis/attackSource';
import { toCsv } from './csv';

const header = [
  'address',
  'scope',
  'failed attempts',
  'attempts for unknown users',
  'successful logins',
  'first seen (UTC)',
  'last seen (UTC)',
  'user names tried',
];

const utc = (time: number): string => (Number.isFinite(time) ? new Date(time).toISOString() : '');

export function attackSourcesCsv(sources: readonly AttackSource[]): string {
  return toCsv(
    header,
    sources.map((source) => [
      source.ip,
      source.scope,
      source.failures,
      source.invalidUsers,
      source.successes,
      utc(source.firstSeen),
      utc(source.lastSeen),
      source.users.map((tried) => `${tried.user} (${tried.count})`).join('; '),
    ]),
  );
}

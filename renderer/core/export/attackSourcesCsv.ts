// The attacking addresses as a CSV table, for a spreadsheet or a firewall request. User names
// are attacker-chosen: they go through csvCell like every other cell.
import type { AttackSource } from '../analysis/attackSource';
import { toCsv } from './csv';
import { sourceCounts } from '../analysis/attackCounts';

const header = [
  'address',
  'scope',
  // The count model's numbers and words (attackCounts.ts), as on the screens and in the reports.
  'login attempts',
  'passwords tried',
  'guesses of user names that do not exist',
  'keys or empty logins tried',
  'refusals before a password could be tried',
  'connections without a login attempt',
  'successful logins',
  'first seen (UTC)',
  'last seen (UTC)',
  'user names tried',
];

const utc = (time: number): string => (Number.isFinite(time) ? new Date(time).toISOString() : '');

export function attackSourcesCsv(sources: readonly AttackSource[]): string {
  return toCsv(
    header,
    sources.map((source) => {
      const counts = sourceCounts(source);
      return [
        source.ip,
        source.scope,
        counts.attempts,
        counts.passwords,
        counts.unknownUserGuesses,
        counts.otherCredentials,
        counts.refusals,
        counts.connectionsOnly,
        counts.logins,
        utc(source.firstSeen),
        utc(source.lastSeen),
        source.users.map((tried) => `${tried.user} (${tried.count})`).join('; '),
      ];
    }),
  );
}

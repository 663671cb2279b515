// AbuseIPDB's bulk-report CSV (IP, Categories, ReportDate, Comment) for the person to upload
// themselves. Categories 18 (Brute-Force) and 22 (SSH). The comment carries attacker-chosen user
// names, so every cell is made formula-safe before a spreadsheet ever opens it.
import { countText as attemptsText } from '../analysis/attackCounts';
import type { AttackSource } from '../analysis/attackSource';
import { attackAttempts } from '../analysis/attackOrder';
import type { Masker } from './redaction';
import { listWithMore, plainText } from './plainText';

export const abuseIpdbCategories = '18,22';
/** AbuseIPDB cuts comments at 1,024 characters. */
const maxComment = 1024;

/** A spreadsheet runs a cell starting with = + - @ (or a tab/CR before one) as a formula. */
export function csvCell(value: string): string {
  const text = plainText(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function abuseIpdbCsv(sources: readonly AttackSource[], masker: Masker): string {
  const rows = [['IP', 'Categories', 'ReportDate', 'Comment']];
  for (const source of sources) {
    const users = source.users.map((entry) => masker.userLabel(entry.user));
    const comment = `${attemptsText(attackAttempts(source), 'attempts')} on SSH between ${new Date(source.firstSeen).toISOString()} and ${new Date(source.lastSeen).toISOString()} (UTC), user names tried: ${listWithMore(users, 10)}`;
    rows.push([
      source.ip,
      abuseIpdbCategories,
      new Date(source.lastSeen).toISOString(),
      comment.slice(0, maxComment),
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// Nobody asks to see the events of an analysis run from the app or the command line's summary:
// the sshd reader then hands them to the tally as numbers (EventCounter), not as AuthEvents.
// Both routes must give the same analysis, whatever the lines, names, chunks and zones.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TimeAssumptions } from '../../../../renderer/core/logs/logFormat';
import { analyzeInPieces, asciiOf, mixedLog } from './mixedSshdLog';
import { collidingNames } from './collidingNames';

/** The analysis alone, read as numbers (seeEvents false) or as events (seeEvents true). */
function analysisOf(text: string, chunk: number, time: TimeAssumptions, bytes: boolean, seeEvents: boolean) {
  const { analysis, assumedTimes } = JSON.parse(
    analyzeInPieces(text, chunk, time, bytes ? asciiOf : undefined, seeEvents),
  ) as { analysis: unknown; assumedTimes: number };
  return JSON.stringify({ analysis, assumedTimes }, null, 1);
}

/**
 * Thousands of connections, more than the reader remembers at once (its older connections are
 * settled, and their waiting pam_unix failures counted then), with logins in between that reset
 * what "failed since the last login" means, and announcements answered or not.
 */
function manyConnections(connections: number): string {
  const lines: string[] = [];
  for (let index = 0; index < connections; index++) {
    const pid = 10_000 + index;
    const ip = `203.0.113.${index % 23}`;
    const user = ['root', 'admin', 'oracle', 'a b', '<b>'][index % 5]!;
    const second = String(index % 60).padStart(2, '0');
    const minute = String(Math.floor(index / 60) % 60).padStart(2, '0');
    const head = `Dec  3 1${Math.floor(index / 3600) % 10}:${minute}:${second} srv01 sshd[${pid}]: `;
    if (index % 3 === 0) lines.push(`${head}Invalid user ${user} from ${ip} port 22`);
    lines.push(
      `${head}pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=${ip}  user=${user}`,
    );
    // Every other attempt has no "Failed" line: its pam_unix failure stands alone.
    if (index % 2 === 0) {
      const invalid = index % 3 === 0 ? 'invalid user ' : '';
      lines.push(`${head}Failed password for ${invalid}${user} from ${ip} port 22 ssh2`);
    }
    if (index % 997 === 0) lines.push(`${head}Accepted password for ${user} from ${ip} port 22 ssh2`);
    lines.push(`${head}Connection closed by ${ip} port 22 [preauth]`);
  }
  return lines.join('\n') + '\n';
}

describe('events handed to the tally as numbers', () => {
  const times: TimeAssumptions[] = [
    { year: 2025, timeZone: 'UTC' },
    { year: 2025, timeZone: 'Europe/Berlin' },
  ];

  it.each(times)('give the analysis the events give: the mixed hostile log (%j)', (time) => {
    for (const asciiOnly of [true, false]) {
      const log = mixedLog(6000, asciiOnly);
      const asEvents = analysisOf(log, 65_536, time, false, true);
      for (const chunk of [65_536, 997]) {
        for (const bytes of [false, true]) {
          expect(analysisOf(log, chunk, time, bytes, false), `${asciiOnly} ${chunk} ${bytes}`).toBe(asEvents);
        }
      }
    }
  });

  it('give the same over more connections than the reader remembers at once', () => {
    const log = manyConnections(12_000);
    const time = times[0]!;
    const asEvents = analysisOf(log, 65_536, time, false, true);
    const analysis = JSON.parse(asEvents) as { analysis: { logins: unknown[]; sources: unknown[] } };
    expect(analysis.analysis.logins.length).toBe(13);
    expect(analysis.analysis.sources.length).toBe(23);
    expect(analysisOf(log, 65_536, time, true, false)).toBe(asEvents);
    expect(analysisOf(log, 4_001, time, false, false)).toBe(asEvents);
  });
});

describe('user names made to share the byte table hash', () => {
  afterEach(() => vi.restoreAllMocks());

  it('are still told apart when the table gives up (names then go by text)', () => {
    // With Math.random fixed the tables start from 0, the value the names were made for.
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const names = collidingNames();
    const log =
      names
        .map(
          (name, index) =>
            `Dec  3 10:11:${String(index % 60).padStart(2, '0')} srv01 sshd[${100 + index}]: ` +
            `Failed password for invalid user ${name} from 203.0.113.${index % 3} port 22 ssh2`,
        )
        .join('\n') + '\n';
    const time = { year: 2025, timeZone: 'UTC' };
    const asEvents = analysisOf(log, 65_536, time, false, true);
    const sources = (JSON.parse(asEvents) as { analysis: { sources: { users: unknown[] }[] } }).analysis
      .sources;
    expect(sources.reduce((sum, source) => sum + source.users.length, 0)).toBe(names.length);
    expect(analysisOf(log, 65_536, time, true, false)).toBe(asEvents);
  });
});

// The common sshd lines are read from the file's bytes when the text is ASCII
// (asciiSshdLines.ts), every other line as text. Both must mean exactly the same: the same
// events, counts and analysis whether a chunk came with its bytes or not, for every shape, every
// attacker-chosen name, and every way a line can be cut short or broken.
import { describe, expect, it } from 'vitest';
import type { TimeAssumptions } from '../../../../renderer/core/logs/logFormat';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { analyzeInPieces, asciiOf, mixedLog } from './mixedSshdLog';

const analyze = (text: string, chunk: number, withBytes: boolean, time: TimeAssumptions) =>
  analyzeInPieces(text, chunk, time, withBytes ? asciiOf : undefined);

const utc = { year: 2025, timeZone: 'UTC' };

/** The common lines, each then cut after every character and broken at every character. */
const commonLines = [
  'Failed password for root from 203.0.113.4 port 51234 ssh2',
  'Failed password for invalid user x from 1.2 from 203.0.113.4 port 22 ssh2',
  'Failed publickey for admin from 2001:db8::1 port 22 ssh2: ED25519 SHA256:abc',
  'Invalid user admin from 203.0.113.4 port 51234',
  'Illegal user admin from 203.0.113.4',
  'pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.4  user=root',
  'pam_unix(sshd:auth): check pass; user unknown',
  'Received disconnect from 203.0.113.4 port 51234:11: Bye Bye [preauth]',
  'Disconnected from authenticating user root 203.0.113.4 port 51234 [preauth]',
  'Disconnected from invalid user a b 203.0.113.4 port 51234 [preauth]',
  'Connection closed by 203.0.113.4 port 51234 [preauth]',
  'Connection closed by invalid user test 203.0.113.4 port 51234 [preauth]',
];
const breakers = [' ', ':', '[', ']', '0', '9', 'x', '\r', '\t', '\u000b', ',', '-'];

function brokenLines(): string {
  const out: string[] = [];
  let pid = 100;
  const header = (second: number) =>
    `Dec  3 10:11:${String(second % 60).padStart(2, '0')} srv01 sshd[${pid}]: `;
  for (const message of commonLines) {
    const whole = header(1) + message;
    for (let cut = 0; cut <= whole.length; cut++) {
      pid += 1;
      out.push((header(cut) + message).slice(0, cut));
    }
    for (let at = 0; at < whole.length; at++) {
      for (const breaker of breakers) {
        pid += 1;
        const line = header(at) + message;
        out.push(line.slice(0, at) + breaker + line.slice(at + 1));
      }
    }
  }
  return out.join('\n');
}

describe('sshd lines read from ASCII bytes', () => {
  it.each([[utc], [{ year: 2025, timeZone: 'Europe/Berlin' }]])(
    'give the analysis and events of the lines read as text: the mixed log (%j)',
    (time) => {
      const log = mixedLog(6000, true);
      const asText = analyze(log, 65_536, false, time);
      expect(analyze(log, 65_536, true, time)).toBe(asText);
      expect(analyze(log, 997, true, time)).toBe(asText);
    },
  );

  it('give the same for every common line cut short or broken at every character', () => {
    const log = brokenLines();
    expect(log.split('\n').length).toBeGreaterThan(10_000);
    const asText = analyze(log, 65_536, false, utc);
    expect(analyze(log, 65_536, true, utc)).toBe(asText);
  });

  it('count each line with a classic stamp once, read from bytes or sent back to text', () => {
    // RFC 3339 lines, then classic ones of every kind: read from the bytes (Failed), given back to
    // the text readers (Accepted, a repeated message) and of programs without a reader (CRON).
    const zoned = Array.from(
      { length: 40 },
      (_, index) =>
        `2026-11-21T10:${String(index).padStart(2, '0')}:00+01:00 web01 sshd[${100 + index}]: ` +
        `Failed password for root from 203.0.113.9 port ${5000 + index} ssh2`,
    );
    const classic = [
      'Nov 21 11:00:01 web01 sshd[200]: Failed password for root from 203.0.113.9 port 6000 ssh2',
      'Nov 21 11:00:02 web01 sshd[201]: Accepted password for anna from 198.51.100.4 port 6001 ssh2',
      'Nov 21 11:00:03 web01 sshd[200]: message repeated 2 times: [ Failed password for root from 203.0.113.9 port 6000 ssh2]',
      'Nov 21 11:00:04 web01 CRON[300]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)',
      'Nov 21 11:00:05 web01 sshd[202]: pam_unix(sshd:auth): check pass; user unknown',
    ];
    const log = [...zoned, ...classic, ...zoned].join('\n') + '\n';
    for (const chunk of [65_536, 300]) {
      for (const withBytes of [false, true]) {
        const { assumedTimes } = JSON.parse(analyze(log, chunk, withBytes, utc)) as { assumedTimes: number };
        expect(assumedTimes, `${chunk} ${withBytes}`).toBe(classic.length);
      }
    }
  });

  it('are actually read from the bytes (the lines read as text are the rare ones)', () => {
    // Guards the test above: with every line falling back to text, it would compare text with text.
    const log = commonLines.map((message, index) => `Dec  3 10:11:0${index % 10} srv01 sshd[7]: ${message}`);
    let asciiAnswers = 0;
    const parser = sshdFormat.createParser(utc);
    const emit = () => {};
    for (const line of log) {
      const ascii = asciiOf(line)!;
      // Text that differs from the bytes after the stamp: read as text, no line would succeed.
      // (Addresses stay as written: a name is checked from its text once, when first seen.)
      const garbled = line.slice(0, 16) + line.slice(16).replace(/[g-zG-Z]/g, '#');
      if (parser.parseAt!(garbled, 0, line.length, 1, emit, ascii)) asciiAnswers += 1;
    }
    expect(asciiAnswers).toBe(commonLines.length - 1); // all but "check pass", which is no event
  });
});

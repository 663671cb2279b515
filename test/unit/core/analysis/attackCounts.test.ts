// One definition of each count, with its word (core/analysis/attackCounts.ts), from what the
// analysis tallies: passwords apart from keys, a guessed unknown user once, a refusal as an
// attempt only when it was all its connection got.
import { describe, expect, it } from 'vitest';
import { createLogAnalyzer } from '../../../../renderer/core/analysis/logAnalyzer';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import {
  attemptParts,
  caseCounts,
  countText,
  sourceCounts,
} from '../../../../renderer/core/analysis/attackCounts';

function sourcesOf(lines: string[]) {
  const analyzer = createLogAnalyzer({
    file: 'auth.log',
    format: sshdFormat,
    time: { year: 2026, timeZone: 'UTC' },
  });
  analyzer.push(lines.join('\n') + '\n');
  return analyzer.finish().sources;
}

const at = (pid: number, second = 0) =>
  `Nov 21 10:48:${String(second).padStart(2, '0')} srv01 sshd[${pid}]: `;

describe('the counts of an attack', () => {
  it('count passwords apart from keys, and an unknown user guessed without a password once', () => {
    const [source] = sourcesOf([
      `${at(1)}Failed password for root from 203.0.113.5 port 1 ssh2`,
      `${at(1)}Failed password for root from 203.0.113.5 port 1 ssh2`,
      `${at(2)}Failed publickey for git from 203.0.113.5 port 2 ssh2: ED25519 SHA256:abc`,
      `${at(3)}Invalid user oracle from 203.0.113.5 port 3`,
      `${at(4)}Invalid user admin from 203.0.113.5 port 4`,
      `${at(4)}Failed password for invalid user admin from 203.0.113.5 port 4 ssh2`,
    ]);
    expect(sourceCounts(source!)).toEqual({
      attempts: 5,
      passwords: 3,
      otherCredentials: 1,
      unknownUserGuesses: 1,
      refusals: 0,
      connectionsOnly: 0,
      logins: 0,
    });
    expect(attemptParts(sourceCounts(source!))).toBe(
      '3 passwords tried, 1 key or empty login tried and 1 guess of a user name that does not exist',
    );
  });

  it('count a refusal as an attempt only when its connection tried nothing else', () => {
    const sources = sourcesOf([
      // tcp-wrappers: the refusal is all there is.
      `${at(10)}refused connect from scanner.example.net (198.51.100.7)`,
      // AllowUsers, then the passwords sshd still asks for: those are the attempts.
      `${at(11)}User root from 203.0.113.9 not allowed because not listed in AllowUsers`,
      `${at(11, 1)}Failed password for invalid user root from 203.0.113.9 port 5 ssh2`,
      `${at(11, 2)}Failed password for invalid user root from 203.0.113.9 port 5 ssh2`,
      // The cut-off after the tries is no attempt of its own either.
      `${at(12)}Failed password for root from 203.0.113.9 port 6 ssh2`,
      `${at(12, 1)}error: maximum authentication attempts exceeded for root from 203.0.113.9 port 6 ssh2 [preauth]`,
    ]);
    const byIp = new Map(sources.map((source) => [source.ip, sourceCounts(source)]));
    expect(byIp.get('198.51.100.7')).toMatchObject({ attempts: 1, refusals: 1 });
    expect(byIp.get('203.0.113.9')).toMatchObject({ attempts: 3, refusals: 0, passwords: 3 });
  });

  it('tell addresses that tried from those that only connected, for the headline', () => {
    const counts = caseCounts(
      sourcesOf([
        `${at(20)}Failed password for root from 203.0.113.5 port 1 ssh2`,
        `${at(21)}Connection closed by 198.51.100.8 port 2 [preauth]`,
        `${at(22)}Did not receive identification string from 198.51.100.9 port 3`,
      ]),
    );
    expect(counts).toMatchObject({
      sourcesThatTried: 1,
      sourcesThatOnlyConnected: 2,
      attempts: 1,
      connectionsOnly: 2,
    });
    expect(countText(counts.attempts, 'attempts')).toBe('1 login attempt');
    expect(countText(1234, 'passwords')).toBe('1,234 passwords tried');
  });

  it('read rows stored before the new counts existed as before', () => {
    const old = {
      ip: '203.0.113.5',
      scope: 'public' as const,
      failures: 7,
      invalidUsers: 2,
      refused: 1,
      probes: 0,
      successes: 0,
      users: [],
      services: ['sshd'],
      firstSeen: 0,
      lastSeen: 0,
    };
    expect(sourceCounts(old)).toMatchObject({
      attempts: 9,
      passwords: 7,
      unknownUserGuesses: 2,
      refusals: 0,
    });
  });
});

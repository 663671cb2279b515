// The attempts the reports chart and quote per address are counted as the analysis counts them:
// one guessed user name is one attempt, however many lines sshd wrote about it.
import { describe, expect, it } from 'vitest';
import { attackAttempts } from '../../../../renderer/core/analysis/attackOrder';
import {
  collectReportEvidence,
  createReportEvidenceCollector,
} from '../../../../renderer/core/report/reportEvidence';
import { sshdFormat } from '../../../../renderer/core/logs/sshd';
import { reportTimeline } from '../../../../renderer/core/report/reportTimeline';
import { analyseSample, sampleText } from './sampleCase';

const time = { year: 2026, timeZone: 'UTC' };
const total = (counts: readonly number[]) => counts.reduce((sum, count) => sum + count, 0);

describe('attempts in the report evidence', () => {
  it('charts as many attempts as the sources add up to, and as many per address', () => {
    const { sources, evidence, timeline } = analyseSample();
    expect(total(reportTimeline([timeline]).counts)).toBe(total(sources.map(attackAttempts)));
    for (const source of sources) {
      expect(evidence.byAddress.get(source.ip)?.attemptTimes).toHaveLength(attackAttempts(source));
    }
  });

  it('counts "Invalid user" with its password once, and a name announced without a password once', () => {
    const at = (pid: number, message: string) => `Nov 21 10:48:21 srv01 sshd[${pid}]: ${message}`;
    const text = [
      at(1, 'Invalid user pi from 203.0.113.5 port 4000'),
      at(1, 'Failed password for invalid user pi from 203.0.113.5 port 4000 ssh2'),
      at(2, 'Invalid user admin from 203.0.113.5 port 4001'),
      at(2, 'Connection closed by invalid user admin 203.0.113.5 port 4001 [preauth]'),
      at(3, 'Failed password for root from 203.0.113.5 port 4002 ssh2'),
    ].join('\n');
    const evidence = collectReportEvidence(
      [{ name: 'auth.log', text, format: sshdFormat, time }],
      ['203.0.113.5'],
    );
    expect(evidence.byAddress.get('203.0.113.5')?.attemptTimes).toHaveLength(3);
  });
});

describe('the report evidence read piece by piece', () => {
  it('finds the same lines, ports, host names and chart in pieces cut anywhere as in the whole text', () => {
    const { sources, evidence: whole } = analyseSample();
    const collector = createReportEvidenceCollector(sources.map((source) => source.ip));
    const reading = collector.file({ name: 'sample-auth.log', format: sshdFormat, time });
    // 997 characters: pieces end inside lines, inside addresses, between a CR and its LF.
    for (let at = 0; at < sampleText.length; at += 997) reading.push(sampleText.slice(at, at + 997));
    reading.end();
    expect(collector.result()).toEqual(whole);
  });
});

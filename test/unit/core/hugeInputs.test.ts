// A botnet of 200,000 addresses and a backup job of 200,000 logins: more than the ~125,000
// arguments a spread into a call can take (Math.min(...xs), push(...xs) threw RangeError or
// "Maximum call stack size exceeded"). Every step from analysis to the documents must take them.
// The million-item runs through the command line are in test/bench (npm run bench).
import { describe, expect, it } from 'vitest';
import type { AttackSource, Login } from '../../../renderer/core/analysis/attackSource';
import { attackHeadline } from '../../../renderer/core/analysis/attackHeadline';
import { classifyAttack } from '../../../renderer/core/analysis/attackClassification';
import { defaultAttackThresholds } from '../../../renderer/core/analysis/attackThresholds';
import { flagLogins, mergeAttackSources } from '../../../renderer/core/analysis/attackTally';
import type { AttemptTimeline } from '../../../renderer/core/analysis/attemptTimeline';
import { evidenceCoverage, fittingZoom, timelineBars } from '../../../renderer/core/analysis/attemptTimeline';
import { caseVerdict } from '../../../renderer/core/analysis/caseVerdict';
import { createLogAnalyzer } from '../../../renderer/core/analysis/logAnalyzer';
import { logFormats } from '../../../renderer/core/logs/formatRegistry';
import { composeAbuseEmail } from '../../../renderer/core/report/abuseEmail';
import { reportAudience } from '../../../renderer/core/report/abuseGroups';
import { internalAddressNotes } from '../../../renderer/core/report/internalNote';
import { defaultVerdict, managementSummary } from '../../../renderer/core/report/managementSummary';
import { summaryReport } from '../../../renderer/core/report/summaryReport';
import { attemptsChartSummary } from '../../../renderer/pdf/AttemptsChart';
import { backupLogins, distinctSources, logText, publicAddress } from '../../support/largeLogs';

const many = 200_000;
const start = Date.UTC(2026, 10, 1);
const sshd = logFormats.find((format) => format.id === 'openssh')!;

function analyzeText(text: string) {
  const analyzer = createLogAnalyzer({
    file: 'auth.log',
    format: sshd,
    time: { year: 2026, timeZone: 'UTC' },
  });
  for (let at = 0; at < text.length; at += 65_536) analyzer.push(text.slice(at, at + 65_536));
  return analyzer.finish();
}

function botnetSource(index: number, ip = publicAddress(index)): AttackSource {
  return {
    ip,
    scope: 'public',
    failures: 2,
    invalidUsers: 0,
    guessesWithoutPassword: 0,
    refused: 0,
    probes: 0,
    successes: 0,
    users: [{ user: 'root', count: 2 }],
    services: ['sshd'],
    firstSeen: start + index * 1000,
    lastSeen: start + index * 1000 + 500,
  };
}

const botnet = Array.from({ length: many }, (_, index) => botnetSource(index));

describe(`${many.toLocaleString('en-US')} logins of a backup job`, { timeout: 60_000 }, () => {
  const analysis = analyzeText(logText(backupLogins(many)));

  it('are all read and flagged without a RangeError', () => {
    expect(analysis.logins).toHaveLength(many);
    const flagged = flagLogins(analysis.logins, analysis.sources);
    expect(flagged).toHaveLength(many);
    const verdict = caseVerdict({
      logins: flagged,
      timelines: [analysis.timeline],
      formatIds: ['openssh'],
      thresholds: defaultAttackThresholds,
    });
    expect(verdict.status).toBeDefined();
  });

  it('give the Import headline, the classification and the management summary', () => {
    expect(attackHeadline(analysis.sources, analysis.logins)).toBe(
      `These logs show no failed logins, only ${many.toLocaleString('en-US')} successful logins.`,
    );
    expect(classifyAttack(analysis.sources, analysis.logins, defaultAttackThresholds).kind).toBeDefined();
    const sections = managementSummary(summaryFacts(analysis.sources, analysis.logins));
    expect(sections.length).toBeGreaterThan(0);
  });
});

describe(`${many.toLocaleString('en-US')} attacking addresses`, { timeout: 60_000 }, () => {
  it('are read from a log, one source each', () => {
    const analysis = analyzeText(logText(distinctSources(many)));
    expect(analysis.sources).toHaveLength(many);
    expect(analysis.timeline.logEnd).toBeGreaterThan(analysis.timeline.logStart);
  });

  it('merge across two files', () => {
    const merged = mergeAttackSources([botnet, botnet.slice(0, 1000)]);
    expect(merged).toHaveLength(many);
    expect(merged.filter((source) => source.failures === 4)).toHaveLength(1000);
  });

  it('give the Import headline with the whole time span', () => {
    const headline = attackHeadline(botnet, []);
    expect(headline).toContain(
      `${many.toLocaleString('en-US')} addresses made 400,000 login attempts (all passwords tried)`,
    );
  });

  it('give the management summary and the PDF input (which crashed from 300,000)', () => {
    const sections = managementSummary(summaryFacts(botnet, []));
    expect(sections.find((section) => section.id === 'what-happened')?.text).toContain('200,000 addresses');
    const pdf = summaryReport(
      summaryFacts(botnet, []),
      {},
      {
        timeline: { start, bucketMs: 3_600_000, counts: [] },
        journal: [],
        evidence: [],
        chainHead: 'x',
        generatedAt: start,
      },
    );
    expect(pdf.topSources).toHaveLength(15);
  });

  it('give one abuse e-mail for a provider that has all of them', () => {
    const owners = new Map(
      botnet.map((source) => [
        source.ip,
        { owner: 'Botnet Hosting', network: null, country: 'ZZ', abuseEmail: 'abuse@botnet.example' },
      ]),
    );
    const audience = reportAudience(botnet, owners, []);
    expect(audience.recipients).toHaveLength(1);
    const { draft } = composeAbuseEmail({
      recipient: audience.recipients[0]!,
      linesByAddress: new Map(),
      portsByAddress: new Map(),
      reporter: { name: 'Pat', organisation: 'ACME', email: 'it@acme.example' },
      logTimeZone: 'UTC',
      ourServer: null,
      rules: { knownGood: [], maskUsers: [], hostNames: [], ourAddresses: [], maskInternalAddresses: true },
      reference: 'case-1',
      includeXarf: false,
    });
    expect(draft.subject).toContain('200,000 addresses in your network');
  });

  it('inside our own network give one note per /64, quickly', () => {
    const internal = Array.from({ length: many }, (_, index) =>
      botnetSource(index, `fd00:1:2:3::${index.toString(16)}`),
    );
    const started = performance.now();
    const notes = internalAddressNotes(internal);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.addresses).toHaveLength(many);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('a timeline of every minute of a year and of many files', () => {
  const minutes = Array.from({ length: 525_600 }, (_, index) => start + index * 60_000);
  const yearLong: AttemptTimeline = {
    minutes,
    failures: minutes.map(() => 1),
    probes: minutes.map(() => 0),
    successes: minutes.map(() => 0),
    logStart: start,
    logEnd: minutes.at(-1)!,
  };

  it('chooses a zoom and draws bars', () => {
    expect(fittingZoom([yearLong])).toBe('day');
    expect(timelineBars([yearLong], 'day')).toHaveLength(365);
  });

  it('says when the evidence starts and ends over 200,000 files', () => {
    const files = Array.from({ length: many }, (_, index) => ({
      ...yearLong,
      logStart: start - index,
      logEnd: start + index,
    }));
    expect(evidenceCoverage(files)).toEqual({ start: start - many + 1, end: start + many - 1 });
  });

  it('sums up a chart of 200,000 bars in the PDF', () => {
    const counts = Array.from({ length: many }, (_, index) => (index === 7 ? 50 : 1));
    expect(attemptsChartSummary({ start, bucketMs: 3_600_000, counts })).toContain('with 50 login attempts');
  });
});

function summaryFacts(sources: readonly AttackSource[], logins: readonly Login[]) {
  return {
    caseTitle: 'Huge',
    server: 'srv01',
    organisation: 'ACME',
    author: 'Pat',
    timeZone: 'UTC',
    sources,
    logins,
    owners: new Map(),
    knownGood: [],
    verdict: defaultVerdict(logins),
    journal: [],
  };
}

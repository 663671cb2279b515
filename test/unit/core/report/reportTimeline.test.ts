// The PDF's chart is drawn from the analysis' own minutes: its bars sum to the case's attempts.
import { describe, expect, it } from 'vitest';
import { reportTimeline } from '../../../../renderer/core/report/reportTimeline';
import { attemptsChartSummary } from '../../../../renderer/pdf/AttemptsChart';
import { caseCounts } from '../../../../renderer/core/analysis/attackCounts';
import { analyzeFixture } from '../analysis/analyzeFixture';

const minute = 60_000;
const timeline = (minutes: number[], attempts: number[], failures = attempts) => ({
  minutes,
  failures,
  attempts,
  probes: minutes.map(() => 0),
  successes: minutes.map(() => 0),
  logStart: minutes[0] ?? NaN,
  logEnd: minutes.at(-1) ?? NaN,
});

describe('the PDF chart of login attempts', () => {
  it('sums the attempts per minute into hours, as many as the case counts', () => {
    const { analysis } = analyzeFixture('sample-auth.log');
    const chart = reportTimeline([analysis.timeline]);
    expect(chart.counts.reduce((sum, count) => sum + count, 0)).toBe(caseCounts(analysis.sources).attempts);
    expect(chart.bucketMs).toBe(3_600_000);
  });

  it('reads a timeline stored before attempts were counted by its failed attempts', () => {
    const old = { ...timeline([0, 61 * minute], [0, 0], [2, 3]), attempts: undefined };
    expect(reportTimeline([old]).counts).toEqual([2, 3]);
  });

  it('says how many of the charted attempts came from addresses marked as ours', () => {
    const chart = reportTimeline([timeline([0, minute], [4, 6])], 3);
    expect(chart).toEqual({ start: 0, bucketMs: 3_600_000, counts: [10], fromOurAddresses: 3 });
    expect(attemptsChartSummary(chart, '1 minute')).toBe(
      '10 login attempts, which went on for 1 minute; the busiest hour began 1970-01-01 00:00:00 UTC with 10 login attempts. ' +
        'Of them, 3 login attempts came from addresses marked as ours, which the rest of this summary leaves out.',
    );
  });
});

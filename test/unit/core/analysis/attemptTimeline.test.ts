import { describe, expect, it } from 'vitest';
import type { AuthEvent } from '../../../../renderer/core/logs/authEvent';
import {
  createTimelineCounter,
  fittingZoom,
  startsMidAttack,
  timelineBars,
} from '../../../../renderer/core/analysis/attemptTimeline';
import { analyzeFixture } from './analyzeFixture';

const at = (minute: number, second = 0) => Date.UTC(2026, 10, 21, 2, minute, second);
const failure = (time: number, count = 1): AuthEvent => ({
  time,
  service: 'sshd',
  kind: 'auth-failure',
  count,
  line: 1,
});

describe('attempt timeline', () => {
  it('counts failed passwords per minute, "message repeated" lines as their count', () => {
    const counter = createTimelineCounter();
    counter.add(failure(at(14, 5)));
    counter.add(failure(at(14, 50), 5));
    counter.add(failure(at(16, 1)));
    counter.add({ time: at(16, 2), service: 'sshd', kind: 'probe', count: 1, line: 2 });
    const timeline = counter.timeline();
    expect(timeline.minutes).toEqual([at(14), at(16)]);
    expect(timeline.failures).toEqual([6, 1]);
    expect(timeline.probes).toEqual([0, 1]);
  });

  it('adds files together into bars of an hour or a day', () => {
    const one = createTimelineCounter();
    one.add(failure(at(14)));
    const two = createTimelineCounter();
    two.add(failure(at(59), 3));
    two.add(failure(at(14) + 86_400_000));
    const bars = timelineBars([one.timeline(), two.timeline()], 'hour');
    expect(bars.map((bar) => bar.failures)).toEqual([4, 1]);
    expect(timelineBars([one.timeline(), two.timeline()], 'day')).toHaveLength(2);
    expect(fittingZoom([one.timeline()])).toBe('minute');
    expect(fittingZoom([two.timeline()])).toBe('hour');
  });

  it('reads the first and last line of the file, CRON lines included, as the time the log covers', () => {
    const { analysis } = analyzeFixture('sample-before-break-in.log');
    expect(new Date(analysis.timeline.logStart).toISOString()).toBe('2026-11-19T22:00:01.000Z');
    expect(startsMidAttack([analysis.timeline], { midAttackMinFailures: 3, midAttackMinutes: 2 })).toBe(
      false,
    );
  });

  it('knows a log that opens with an attack in full swing', () => {
    const { analysis } = analyzeFixture('starts-mid-attack.log');
    expect(startsMidAttack([analysis.timeline], { midAttackMinFailures: 3, midAttackMinutes: 2 })).toBe(true);
  });
});

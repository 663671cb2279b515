import { describe, expect, it } from 'vitest';
import {
  defaultYear,
  firstClassicMonth,
  needsTimeAssumptions,
} from '../../../../renderer/core/time/defaultYear';

describe('the default year of a classic syslog file', () => {
  const modified = Date.parse('2027-01-03T09:00:00Z');

  it('is the year the file was modified when its first line is from that month or earlier', () => {
    expect(defaultYear(modified, 0, 'UTC')).toBe(2027);
    expect(defaultYear(Date.parse('2026-11-21T10:00:00Z'), 9, 'UTC')).toBe(2026);
  });

  it('is the year before when the file starts in December and was modified in January', () => {
    expect(defaultYear(modified, 11, 'UTC')).toBe(2026);
  });

  it('reads the modification month in the server zone', () => {
    // 31 Dec 23:30 UTC is already 1 January in Berlin.
    const newYearsEve = Date.parse('2026-12-31T23:30:00Z');
    expect(defaultYear(newYearsEve, 11, 'UTC')).toBe(2026);
    expect(defaultYear(newYearsEve, 11, 'Europe/Berlin')).toBe(2026);
    expect(defaultYear(newYearsEve, 0, 'Europe/Berlin')).toBe(2027);
  });

  it('is the modification year when no classic stamp was found', () => {
    expect(defaultYear(modified, undefined, 'UTC')).toBe(2027);
  });
});

describe('firstClassicMonth', () => {
  it('finds the month of the first classic stamp and says a question is needed', () => {
    const sample = ['-- Boot 1 --', 'Dec 31 23:58:01 gw01 CRON[1]: x', 'Jan  1 00:00:01 gw01 CRON[1]: x'];
    expect(firstClassicMonth(sample)).toBe(11);
    expect(needsTimeAssumptions(sample)).toBe(true);
  });

  it('finds none in RFC 3339 or JSON logs', () => {
    expect(needsTimeAssumptions(['2026-11-21T10:48:21+00:00 srv01 sshd[1]: x', '{"MESSAGE":"Nov 21"}'])).toBe(
      false,
    );
  });
});

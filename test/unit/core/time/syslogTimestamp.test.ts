import { describe, expect, it } from 'vitest';
import { createSyslogClock } from '../../../../renderer/core/time/syslogTimestamp';

const iso = (ms: number) => (Number.isNaN(ms) ? 'NaN' : new Date(ms).toISOString());

describe('createSyslogClock', () => {
  it('reads a classic stamp with the confirmed year in UTC', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'UTC' });
    expect(iso(clock.read('Nov 21 10:48:21 srv01 sshd[1]: x'))).toBe('2026-11-21T10:48:21.000Z');
  });

  it('reads a space-padded day', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'UTC' });
    expect(iso(clock.read('Nov  1 00:00:01 srv01 sshd[1]: x'))).toBe('2026-11-01T00:00:01.000Z');
  });

  it('reads each second within the same minute', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'UTC' });
    expect(iso(clock.read('Nov 21 10:48:01 a'))).toBe('2026-11-21T10:48:01.000Z');
    expect(iso(clock.read('Nov 21 10:48:59 a'))).toBe('2026-11-21T10:48:59.000Z');
    expect(iso(clock.read('Nov 21 10:49:00 a'))).toBe('2026-11-21T10:49:00.000Z');
  });

  it('reads local time in the confirmed zone, summer and winter', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'Europe/Berlin' });
    expect(iso(clock.read('Jul 15 12:00:00 a'))).toBe('2026-07-15T10:00:00.000Z');
    const winter = createSyslogClock({ year: 2026, timeZone: 'Europe/Berlin' });
    expect(iso(winter.read('Nov 21 10:48:21 a'))).toBe('2026-11-21T09:48:21.000Z');
  });

  it('changes the offset at the DST change inside one file', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'Europe/Berlin' });
    expect(iso(clock.read('Oct 25 01:59:59 a'))).toBe('2026-10-24T23:59:59.000Z');
    expect(iso(clock.read('Oct 25 03:00:00 a'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('does not fail on a stamp inside the spring-forward gap', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'Europe/Berlin' });
    expect(Number.isFinite(clock.read('Mar 29 02:30:00 a'))).toBe(true);
  });

  it('moves into the next year when December is followed by January', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'UTC' });
    expect(iso(clock.read('Dec 31 23:59:58 a'))).toBe('2026-12-31T23:59:58.000Z');
    expect(iso(clock.read('Jan  1 00:00:02 a'))).toBe('2027-01-01T00:00:02.000Z');
    expect(iso(clock.read('Feb  3 04:05:06 a'))).toBe('2027-02-03T04:05:06.000Z');
  });

  it('keeps a late December line written after New Year in the old year', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'UTC' });
    clock.read('Dec 31 23:59:58 a');
    clock.read('Jan  1 00:00:01 a');
    expect(iso(clock.read('Dec 31 23:59:59 a'))).toBe('2026-12-31T23:59:59.000Z');
    expect(iso(clock.read('Jan  1 00:00:03 a'))).toBe('2027-01-01T00:00:03.000Z');
  });

  it('reads a stamp at an offset in the line', () => {
    const clock = createSyslogClock({ year: 2026, timeZone: 'UTC' });
    expect(iso(clock.read('<38>Nov 21 10:48:21 a', 4))).toBe('2026-11-21T10:48:21.000Z');
  });

  it.each([
    'Foo 21 10:48:21 a',
    'Nov 21 10-48-21 a',
    'Nov 32 10:48:21 a',
    'Nov 21 25:00:00 a',
    'Nov 21 10:48:2x a',
    'Nov 21 10:48:211',
    'Nov',
  ])('reads %j as no stamp (NaN)', (line) => {
    expect(createSyslogClock({ year: 2026, timeZone: 'UTC' }).read(line)).toBeNaN();
  });
});

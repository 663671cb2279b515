import { describe, expect, it } from 'vitest';
import { readRfc3339 } from '../../../../renderer/core/time/rfc3339Timestamp';

const read = (stamp: string) => {
  const ms = readRfc3339(stamp, 0, stamp.length);
  return Number.isNaN(ms) ? 'NaN' : new Date(ms).toISOString();
};

describe('readRfc3339', () => {
  it('reads rsyslog microseconds and keeps milliseconds', () => {
    expect(read('2026-11-21T10:48:21.123456+00:00')).toBe('2026-11-21T10:48:21.123Z');
  });

  it('reads Z and a stamp without a fraction', () => {
    expect(read('2026-11-21T10:48:21Z')).toBe('2026-11-21T10:48:21.000Z');
    expect(read('2026-11-21T10:48:21.5Z')).toBe('2026-11-21T10:48:21.500Z');
  });

  it('applies the written offset, east and west of UTC', () => {
    expect(read('2026-11-21T10:48:21+01:00')).toBe('2026-11-21T09:48:21.000Z');
    expect(read('2019-07-08T17:40:16.954167-04:00')).toBe('2019-07-08T21:40:16.954Z');
    expect(read('2026-01-01T00:30:00+05:30')).toBe('2025-12-31T19:00:00.000Z');
  });

  it('reads the "+0100" offset that older journalctl -o short-iso writes', () => {
    expect(read('2026-11-21T10:48:21+0100')).toBe('2026-11-21T09:48:21.000Z');
    expect(read('2026-11-21T10:48:21.250-0330')).toBe('2026-11-21T14:18:21.250Z');
  });

  it('reads a stamp in the middle of a line between start and end', () => {
    const line = 'x 2026-11-21T10:48:21Z srv01';
    expect(new Date(readRfc3339(line, 2, 22)).toISOString()).toBe('2026-11-21T10:48:21.000Z');
  });

  it('reads a space between date and time, as macOS syslog writes it', () => {
    const text = '2018-12-20 10:09:05.180218+0000';
    expect(new Date(readRfc3339(text, 0, text.length)).toISOString()).toBe('2018-12-20T10:09:05.180Z');
  });

  it.each([
    '2026-11-21T10:48:21',
    '2026-13-21T10:48:21Z',
    '2026-11-21T10:48:21.Z',
    '2026-11-21T10:48:21+010',
    '2026-11-21T10:48:21Zjunk',
    '26-11-21T10:48:21Z',
  ])('reads %j as no stamp (NaN)', (stamp) => {
    expect(read(stamp)).toBe('NaN');
  });
});

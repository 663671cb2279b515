import { describe, expect, it } from 'vitest';
import { futureStampFact, futureStamps, suggestYear } from '../../../../renderer/core/time/stampYear';
import { crossesNewYear, readClassicStamp } from '../../../../renderer/core/time/defaultYear';

const at = (iso: string) => Date.parse(iso);
const today = at('2026-12-03T15:00:00Z');

describe('the suggested year of a classic syslog file', () => {
  it("is last year for OpenSSH_2k.log's 10 Dec lines copied on 3 Dec, and says why", () => {
    const copied = at('2026-12-03T09:00:00Z');
    expect(suggestYear(copied, 'Dec 10 06:55:46', 'Dec 10 11:04:45', 'UTC', today)).toEqual({
      year: 2025,
      reason:
        '2025 — the file is dated 3 Dec 2026 and its last line is from 10 Dec, later in the year than that, ' +
        'so its lines were written the year before.',
    });
  });

  it('is the year of the file date for a copy made days after the last line', () => {
    const copied = at('2026-12-15T09:00:00Z');
    expect(suggestYear(copied, 'Dec 10 06:55:46', 'Dec 10 11:04:45', 'UTC', today + 13 * 86_400_000)).toEqual(
      {
        year: 2026,
        reason: '2026 — the file is dated 15 Dec 2026.',
      },
    );
  });

  it('judges by the last line, not the first: a log from November into December copied on 3 Dec', () => {
    const copied = at('2026-12-03T09:00:00Z');
    expect(suggestYear(copied, 'Nov 20 00:00:01', 'Dec 10 11:04:45', 'UTC', today).year).toBe(2025);
    expect(suggestYear(copied, 'Nov 20 00:00:01', 'Dec  2 11:04:45', 'UTC', today).year).toBe(2026);
  });

  it('gives the first line the year before when the lines wrap at New Year', () => {
    const copied = at('2027-01-03T09:00:00Z');
    expect(suggestYear(copied, 'Dec 30 06:25:01', 'Jan  2 23:10:00', 'UTC', copied)).toEqual({
      year: 2026,
      reason:
        '2026 — the file is dated 3 Jan 2027 and runs from December into January, so it began the year before.',
    });
  });

  it('keeps the wording for a December log copied in January', () => {
    const copied = at('2026-01-03T09:00:00Z');
    expect(suggestYear(copied, 'Dec 30 06:25:01', 'Dec 30 06:25:01', 'UTC', today).reason).toBe(
      '2025 — the file is dated 3 Jan 2026 and starts in December, so it began the year before.',
    );
  });

  it('goes back two years when the lines wrap at New Year and end after the file date', () => {
    const copied = at('2027-01-03T09:00:00Z');
    const suggestion = suggestYear(copied, 'Dec 30 06:25:01', 'Jan 20 10:00:00', 'UTC', copied);
    expect(suggestion.year).toBe(2025);
    expect(suggestion.reason).toBe(
      '2025 — the file is dated 3 Jan 2027 and runs from December into January; its last line is from ' +
        '20 Jan, later in the year than that, so it began 2 years before.',
    );
  });

  it('leaves a line up to a day after the file date in that year: a zone answered wrong, not a year', () => {
    const copied = at('2026-12-03T09:00:00Z');
    expect(suggestYear(copied, 'Dec  3 08:00:00', 'Dec  3 23:59:59', 'UTC', today).year).toBe(2026);
    expect(suggestYear(copied, 'Dec  3 08:00:00', 'Dec  4 10:00:00', 'UTC', today).year).toBe(2026);
    expect(suggestYear(copied, 'Dec  3 08:00:00', 'Dec  5 12:00:00', 'UTC', today).year).toBe(2025);
  });

  it('puts a 1 January line written hours after a file dated 31 December into the new year', () => {
    const copied = at('2026-12-31T22:00:00Z');
    const suggestion = suggestYear(copied, 'Jan  1 05:00:00', 'Jan  1 05:10:00', 'UTC', copied);
    expect(suggestion.year).toBe(2027);
    expect(suggestion.reason).toMatch(/had already reached the new year\.$/);
  });

  it('reads the file date in the server zone', () => {
    // 31 Dec 23:30 UTC is already 1 January in Berlin: a line of 1 Jan 00:10 Berlin time is this year's.
    const newYearsEve = at('2026-12-31T23:30:00Z');
    expect(
      suggestYear(newYearsEve, 'Jan  1 00:10:00', 'Jan  1 00:20:00', 'Europe/Berlin', newYearsEve),
    ).toMatchObject({
      year: 2027,
      reason: '2027 — the file is dated 1 Jan 2027.',
    });
  });

  it('counts from today when the file date lies in the future or is missing', () => {
    const future = suggestYear(
      at('2030-01-05T00:00:00Z'),
      'Dec 10 06:55:46',
      'Dec 10 11:04:45',
      'UTC',
      today,
    );
    expect(future).toEqual({
      year: 2025,
      reason:
        "2025 — today is 3 Dec 2026 (the file's date, 5 Jan 2030, lies in the future) and its last line is " +
        'from 10 Dec, later in the year than that, so its lines were written the year before.',
    });
    expect(suggestYear(0, 'Nov 10 06:55:46', undefined, 'UTC', today)).toEqual({
      year: 2026,
      reason: '2026 — today is 3 Dec 2026 and the file has no date.',
    });
  });

  it('uses the first stamp alone when no last one is known (a .gz)', () => {
    expect(suggestYear(at('2026-12-03T09:00:00Z'), 'Dec 10 06:55:46', undefined, 'UTC', today).year).toBe(
      2025,
    );
  });

  it('is the year of the file date when no stamp can be read', () => {
    expect(suggestYear(at('2026-11-21T12:00:00Z'), undefined, undefined, 'UTC', today)).toEqual({
      year: 2026,
      reason: '2026 — the file is dated 21 Nov 2026.',
    });
  });
});

describe('stamps that would lie in the future', () => {
  it('stops a year that puts the last line a week ahead, naming the latest year that fits', () => {
    const future = futureStamps({ year: 2026, timeZone: 'UTC' }, 'Dec 10 06:55:46', 'Dec 10 11:04:45', today);
    expect(future).toEqual({
      stamp: 'Dec 10 11:04:45',
      at: at('2026-12-10T11:04:45Z'),
      readAs: 2026,
      latestYearThatFits: 2025,
    });
    expect(futureStampFact('OpenSSH_2k.log', future!, today, 'UTC')).toBe(
      'Lines of OpenSSH_2k.log dated Dec 10 11:04:45 would be 7 days in the future if they were from 2026 ' +
        '(today is 3 Dec 2026).',
    );
  });

  it('passes a year in which every line is in the past', () => {
    expect(
      futureStamps({ year: 2025, timeZone: 'UTC' }, 'Dec 10 06:55:46', 'Dec 10 11:04:45', today),
    ).toBeUndefined();
  });

  it('reads the last line in the next year when the lines wrap at New Year', () => {
    const future = futureStamps({ year: 2026, timeZone: 'UTC' }, 'Dec 30 06:25:01', 'Jan  2 23:10:00', today);
    expect(future).toMatchObject({ readAs: 2027, latestYearThatFits: 2025 });
  });

  it('lets a line up to a day ahead pass: a clock a few hours off is not a question of the year', () => {
    expect(
      futureStamps({ year: 2026, timeZone: 'UTC' }, 'Dec  3 08:00:00', 'Dec  4 10:00:00', today),
    ).toBeUndefined();
  });

  it('checks the first stamp when no last one is known, and nothing when no stamp is', () => {
    expect(futureStamps({ year: 2026, timeZone: 'UTC' }, 'Dec 10 06:55:46', undefined, today)?.stamp).toBe(
      'Dec 10 06:55:46',
    );
    expect(futureStamps({ year: 2026, timeZone: 'UTC' }, undefined, undefined, today)).toBeUndefined();
  });
});

describe('classic stamps', () => {
  it("reads rsyslog's padded day and refuses what is no stamp", () => {
    expect(readClassicStamp('Dec  1 06:55:46')).toEqual({
      month: 11,
      day: 1,
      hour: 6,
      minute: 55,
      second: 46,
    });
    expect(readClassicStamp('Dec 01 06:55:46')).toMatchObject({ day: 1 });
    expect(readClassicStamp('Foo 10 06:55:46')).toBeUndefined();
    expect(readClassicStamp('Dec 10 25:55:46')).toBeUndefined();
    expect(readClassicStamp('Dec  0 06:55:46')).toBeUndefined();
  });

  it('sees a New Year between the first and last line, not a few lines out of order', () => {
    const stamp = (text: string) => readClassicStamp(text)!;
    expect(crossesNewYear(stamp('Dec 31 23:58:01'), stamp('Jan  1 00:00:01'))).toBe(true);
    expect(crossesNewYear(stamp('Oct  1 00:00:00'), stamp('Feb  1 00:00:00'))).toBe(true);
    expect(crossesNewYear(stamp('Dec 10 06:55:46'), stamp('Dec 10 06:55:40'))).toBe(false);
    expect(crossesNewYear(stamp('Nov 20 00:00:01'), stamp('Dec 10 11:04:45'))).toBe(false);
  });
});

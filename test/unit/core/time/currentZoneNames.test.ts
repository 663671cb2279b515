import { describe, expect, it } from 'vitest';
import { currentZoneName, currentZoneNames } from '../../../../renderer/core/time/currentZoneNames';

describe('time zones by the names people know today', () => {
  it('offers Asia/Kolkata and Europe/Kyiv, never their old names, with UTC first', () => {
    const names = currentZoneNames();
    expect(names[0]).toBe('UTC');
    expect(names).toContain('Asia/Kolkata');
    expect(names).toContain('Europe/Kyiv');
    expect(names).not.toContain('Asia/Calcutta');
    expect(names).not.toContain('Europe/Kiev');
    expect(new Set(names).size).toBe(names.length);
  });

  it('renames an old stored name, and every name offered is one the clock accepts', () => {
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Europe/Berlin')).toBe('Europe/Berlin');
    for (const zone of currentZoneNames())
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });
});

describe("the journal's time field in the office's zone", async () => {
  const { fromLocalInputValue, toLocalInputValue } = await import('../../../../renderer/ui/journal/journalText');
  it('shows and reads the office wall clock, across a summer-time change', () => {
    const winter = Date.UTC(2026, 0, 15, 9, 30);
    expect(toLocalInputValue(winter, 'Europe/Berlin')).toBe('2026-01-15T10:30');
    expect(fromLocalInputValue('2026-01-15T10:30', 'Europe/Berlin')).toBe(winter);
    const summer = Date.UTC(2026, 6, 15, 9, 30);
    expect(toLocalInputValue(summer, 'Europe/Berlin')).toBe('2026-07-15T11:30');
    expect(fromLocalInputValue('2026-07-15T11:30', 'Europe/Berlin')).toBe(summer);
    expect(fromLocalInputValue('2026-07-15T11:30', 'Asia/Kolkata')).toBe(Date.UTC(2026, 6, 15, 6, 0));
  });
});

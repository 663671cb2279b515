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

import { describe, expect, it } from 'vitest';
import { formatOfficeTime } from '../../../renderer/ui/shared/format';

const at = Date.UTC(2025, 11, 10, 6, 55, 46);

describe('times on the screens', () => {
  it('are in the office zone when one is set, with the zone named', () => {
    expect(formatOfficeTime(at, 'Europe/Berlin')).toBe('2025-12-10 07:55:46 CET');
    expect(formatOfficeTime(at, 'Asia/Kolkata')).toMatch(/^2025-12-10 12:25:46 (IST|GMT\+5:30)$/);
  });

  it('stay UTC without a zone, in UTC, and for an unknown zone', () => {
    expect(formatOfficeTime(at, '')).toBe('2025-12-10 06:55:46 UTC');
    expect(formatOfficeTime(at, 'UTC')).toBe('2025-12-10 06:55:46 UTC');
    expect(formatOfficeTime(at, 'Mars/Olympus')).toBe('2025-12-10 06:55:46 UTC');
  });
});

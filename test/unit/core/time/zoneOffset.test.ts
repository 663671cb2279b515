import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, wallClockToUtc } from '../../../../renderer/core/time/zoneOffset';

const wall = (text: string) => Date.parse(`${text}Z`);
const iso = (ms: number) => new Date(ms).toISOString();

describe('wallClockToUtc', () => {
  it('reads UTC wall-clock time unchanged', () => {
    expect(iso(wallClockToUtc('UTC')(wall('2026-11-21T10:48:21')))).toBe('2026-11-21T10:48:21.000Z');
  });

  it('reads Berlin winter and summer time with their offsets', () => {
    const berlin = wallClockToUtc('Europe/Berlin');
    expect(iso(berlin(wall('2026-01-15T12:00:00')))).toBe('2026-01-15T11:00:00.000Z');
    expect(iso(berlin(wall('2026-07-15T12:00:00')))).toBe('2026-07-15T10:00:00.000Z');
  });

  it('reads New York across its spring change correctly on both sides', () => {
    const newYork = wallClockToUtc('America/New_York');
    expect(iso(newYork(wall('2026-03-08T01:30:00')))).toBe('2026-03-08T06:30:00.000Z');
    expect(iso(newYork(wall('2026-03-08T03:30:00')))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('places a time from the spring-forward gap within an hour of its neighbours instead of failing', () => {
    const utc = wallClockToUtc('Europe/Berlin')(wall('2026-03-29T02:30:00'));
    expect(Number.isFinite(utc)).toBe(true);
    expect(Math.abs(utc - Date.parse('2026-03-29T01:00:00Z'))).toBeLessThanOrEqual(3_600_000);
  });

  it('reads a time from the autumn overlap as one of its two instants', () => {
    const utc = wallClockToUtc('Europe/Berlin')(wall('2026-10-25T02:30:00'));
    expect([Date.parse('2026-10-25T00:30:00Z'), Date.parse('2026-10-25T01:30:00Z')]).toContain(utc);
  });

  it('refuses an unknown zone name with a clear error', () => {
    expect(() => wallClockToUtc('Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
  });
});

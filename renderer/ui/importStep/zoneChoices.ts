// The zones the time question offers, and the one it starts with.
import { isKnownTimeZone } from '../../core/time/zoneOffset';
import { currentZoneName, currentZoneNames } from '../../core/time/currentZoneNames';

export const thisComputersZone = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');

/** UTC first (servers often run in it), then every zone this browser knows, by its current name. */
export const knownZones: readonly string[] = currentZoneNames();

/** The zone answers start with: the one in "Your details", else this computer's. */
export function startingZone(settingsZone: string): string {
  return settingsZone !== '' && isKnownTimeZone(settingsZone)
    ? currentZoneName(settingsZone)
    : thisComputersZone;
}

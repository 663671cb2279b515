// The zones the time question offers, and the one it starts with.
import { isKnownTimeZone } from '../../core/time/zoneOffset';

export const thisComputersZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const supportedZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** UTC first (servers often run in it), then every zone this browser knows, each once. */
export const knownZones: readonly string[] = [...new Set(['UTC', ...supportedZones()])];

/** The zone answers start with: the one in "Your details", else this computer's. */
export function startingZone(settingsZone: string): string {
  return settingsZone !== '' && isKnownTimeZone(settingsZone) ? settingsZone : thisComputersZone;
}

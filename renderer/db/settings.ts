// The person's settings, used in every journal entry and report. Stored one row per name so a
// new setting needs no schema change; defaults apply until the person changes one.
import type { NotebookDatabase } from './schema';

export type PersonSettings = {
  /** Who is writing the journal and the reports. */
  name: string;
  organisation: string;
  email: string;
  /** The office's zone, shown beside UTC in reports. Empty = this computer's zone. */
  timeZone: string;
  /** No network request of any kind (lookups) while on. */
  offlineMode: boolean;
};

export const defaultSettings: PersonSettings = {
  name: '',
  organisation: '',
  email: '',
  timeZone: '',
  offlineMode: false,
};

export async function readSettings(db: NotebookDatabase): Promise<PersonSettings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.name, row.value]));
  const settings = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof PersonSettings)[]) {
    // A stored value of the wrong type (an old version, a bad restore) falls back to the default.
    if (typeof stored[key] === typeof defaultSettings[key]) Object.assign(settings, { [key]: stored[key] });
  }
  return settings;
}

export async function updateSettings(db: NotebookDatabase, changes: Partial<PersonSettings>): Promise<void> {
  await db.settings.bulkPut(Object.entries(changes).map(([name, value]) => ({ name, value })));
}

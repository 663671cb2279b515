import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../appServices';
import { defaultSettings, readSettings, type PersonSettings } from '../../db/settings';

/** The person's settings, live; the defaults until they have loaded. */
export function usePersonSettings(): PersonSettings {
  const { db } = useServices();
  return useLiveQuery(() => readSettings(db), [db]) ?? defaultSettings;
}

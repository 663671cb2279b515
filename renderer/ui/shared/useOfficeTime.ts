// Times on the screens in the office's zone, once the person set one in "Your details" (the
// journal showed it while decision stamps and tables stayed UTC).
import { useLiveQuery } from 'dexie-react-hooks';
import { useOptionalServices } from '../appServices';
import { readSettings } from '../../db/settings';
import { formatOfficeTime } from './format';

/** A formatter for times: office zone when set, else UTC; UTC where no database is at hand. */
export function useOfficeTime(): (time: number) => string {
  const services = useOptionalServices();
  const db = services?.db;
  const zone = useLiveQuery(async () => (db ? (await readSettings(db)).timeZone : ''), [db]) ?? '';
  return (time) => formatOfficeTime(time, zone);
}

// A Windows logon in words, for the places that would otherwise quote its event's XML: who, how
// (the logon type in words, as the import wrote it into `method`), from where, when, and the
// number that finds it in Event Viewer.
import type { Login } from '../../core/analysis/attackSource';
import { formatUtc } from './format';

export const isWindowsLogin = (login: Pick<Login, 'service'>): boolean => login.service === 'windows';

/** "over Remote Desktop", "at the keyboard", "over the network (file share, …)": how, without "by". */
export function logonHow(login: Pick<Login, 'method'>): string {
  const method = login.method ?? '';
  if (method === '') return 'by a way the event does not name';
  return method === 'Remote Desktop' ? 'over Remote Desktop' : method;
}

/** "IEUser logged on over Remote Desktop from 127.0.0.1, 2019-02-13 15:26:53 UTC (logon type 10, EventRecordID 5315)." */
export function windowsLogonSummary(login: Login): string {
  const who = login.user === '' ? '(no user name)' : login.user;
  const from = login.ip ? ` from ${login.ip}` : ', no network address (on the computer itself)';
  const numbers = [
    login.logonType !== undefined ? `logon type ${login.logonType}` : undefined,
    login.recordId !== undefined ? `EventRecordID ${login.recordId}` : undefined,
  ].filter(Boolean);
  return `${who} logged on ${logonHow(login)}${from}, ${formatUtc(login.time)}${numbers.length > 0 ? ` (${numbers.join(', ')})` : ''}.`;
}

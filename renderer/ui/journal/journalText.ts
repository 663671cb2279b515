// How journal entries are named and searched on screen.
import type { JournalEntryKind } from '../../core/journal/journalEntry';
import type { JournalRecord } from '../../db/schema';
import { IANAZone } from 'luxon';
import { isKnownTimeZone, wallClockToUtc } from '../../core/time/zoneOffset';

export const kindLabels: Record<JournalEntryKind, string> = {
  case: 'Case',
  evidence: 'Evidence',
  analysis: 'Analysis',
  decision: 'Decision',
  lookup: 'Lookup',
  report: 'Report',
  email: 'Email',
  checklist: 'Checklist',
  note: 'Note',
  call: 'Call or meeting',
  correction: 'Correction',
};

export type JournalFilter = { kind: JournalEntryKind | 'all'; text: string };

export function matchesFilter(entry: JournalRecord, filter: JournalFilter): boolean {
  if (filter.kind !== 'all' && entry.kind !== filter.kind) return false;
  const wanted = filter.text.trim().toLowerCase();
  if (wanted === '') return true;
  const haystack = [entry.summary, entry.authorName ?? '', ...Object.values(entry.details ?? {}).map(String)];
  return haystack.some((text) => text.toLowerCase().includes(wanted));
}

/** "2026-11-21 10:14 UTC (11:14 Europe/Berlin)" when the person set a zone, else UTC only. */
export function formatJournalTime(time: number, timeZone: string): string {
  const utc = `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  if (timeZone === '' || timeZone === 'UTC') return utc;
  try {
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      day: '2-digit',
      month: 'short',
    }).format(time);
    return `${utc} (${local} ${timeZone})`;
  } catch {
    return utc;
  }
}

/**
 * The value a datetime-local input needs for a time: in the office's zone when the person set one
 * ("Your details"), else in this computer's zone.
 */
export function toLocalInputValue(time: number, officeZone = ''): string {
  if (officeZone !== '' && isKnownTimeZone(officeZone)) {
    const offset = IANAZone.create(officeZone).offset(time) * 60_000;
    return new Date(time + offset).toISOString().slice(0, 16);
  }
  const date = new Date(time);
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(time - offset).toISOString().slice(0, 16);
}

/** The time a datetime-local input's value means, read in the office's zone when one is set. */
export function fromLocalInputValue(value: string, officeZone = ''): number {
  if (officeZone !== '' && isKnownTimeZone(officeZone)) {
    const wallClock = Date.parse(`${value}:00Z`);
    return Number.isFinite(wallClock) ? wallClockToUtc(officeZone)(wallClock) : NaN;
  }
  return new Date(value).getTime();
}

/** What the app's recorded fields are called for a person; a field not listed keeps its name. */
const detailLabels: Readonly<Record<string, string>> = {
  file: 'File',
  sha256: 'SHA-256 fingerprint',
  bytes: 'Size in bytes',
  format: 'Log format',
  lines: 'Lines',
  events: 'Lines about logins',
  unrecognized: 'Lines not about logins or unreadable',
  timeZone: 'Time zone',
  year: 'Year',
  ip: 'Address',
  source: 'Where the answer came from',
  server: 'Server asked',
  registry: 'Registry',
  abuseContact: 'Abuse contact',
  reverseDns: 'Reverse name',
  error: 'Problem',
  hostName: 'Host name',
  addresses: 'Addresses',
  final: 'Final',
  affectedServer: 'Affected server',
};

/**
 * The fields of an entry that say something, with their labels: an empty field ("abuseContact:
 * null") says nothing and is left out; yes/no for true/false. The entry's hash covers them all.
 */
export function shownDetails(details: Readonly<Record<string, string | number | boolean | null>>) {
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== '')
    .map(([name, value]) => ({
      name,
      label: detailLabels[name] ?? name,
      value: typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value),
    }));
}

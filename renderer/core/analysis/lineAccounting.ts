// How a file was read, unit by unit: about logins, not about logins, or unreadable, adding up to
// every unit read. The Import step, the journal, the command line and the verdict all say it with
// these numbers and these words, so "2,000 lines: 1,857 about logins, 143 not about logins" is the
// same sentence everywhere, and a file the app could not read is never taken for a quiet one.
import { unreadableShare } from '../file/readingLimits';

/** What a file summary or an evidence record keeps about its reading (FileSummary's fields). */
export type ReadCounts = {
  lines: number;
  unrecognized: number;
  unit?: 'line' | 'record';
  units?: number;
  aboutLogins?: number;
  notAboutLogins?: number;
  unreadable?: number;
};

export type LineAccounting =
  | {
      known: true;
      unit: 'line' | 'record';
      units: number;
      aboutLogins: number;
      notAboutLogins: number;
      unreadable: number;
    }
  | {
      /**
       * Read before the accounting existed: only the lines and how many of them were not about
       * logins or unreadable (together) are known. Nothing is made up for the rest.
       */
      known: false;
      lines: number;
      notAboutLoginsOrUnreadable: number;
    };

export function lineAccounting(read: ReadCounts): LineAccounting {
  if (
    read.unit !== undefined &&
    read.units !== undefined &&
    read.aboutLogins !== undefined &&
    read.notAboutLogins !== undefined &&
    read.unreadable !== undefined
  ) {
    return {
      known: true,
      unit: read.unit,
      units: read.units,
      aboutLogins: read.aboutLogins,
      notAboutLogins: read.notAboutLogins,
      unreadable: read.unreadable,
    };
  }
  return { known: false, lines: read.lines, notAboutLoginsOrUnreadable: read.unrecognized };
}

/** The accounting fields of a reading, to store with the evidence (none when they are not known). */
export function accountingFields(read: ReadCounts): Omit<ReadCounts, 'lines' | 'unrecognized'> {
  const accounting = lineAccounting(read);
  if (!accounting.known) return {};
  const { unit, units, aboutLogins, notAboutLogins, unreadable } = accounting;
  return { unit, units, aboutLogins, notAboutLogins, unreadable };
}

const count = (value: number): string => value.toLocaleString('en-US');

/**
 * "2,000 lines: 1,857 about logins, 143 not about logins" (", 4 unreadable" when there are any);
 * "528 records: …" for Windows and journal exports. The parts add up to the first number.
 */
export function lineAccountingText(read: ReadCounts): string {
  const accounting = lineAccounting(read);
  if (!accounting.known) {
    return (
      `${count(accounting.lines)} ${accounting.lines === 1 ? 'line' : 'lines'}, ` +
      `${count(accounting.notAboutLoginsOrUnreadable)} of them not about logins or unreadable`
    );
  }
  const unitWord = accounting.unit === 'record' ? ['record', 'records'] : ['line', 'lines'];
  return (
    `${count(accounting.units)} ${accounting.units === 1 ? unitWord[0] : unitWord[1]}: ` +
    `${count(accounting.aboutLogins)} about logins, ${count(accounting.notAboutLogins)} not about logins` +
    (accounting.unreadable > 0 ? `, ${count(accounting.unreadable)} unreadable` : '')
  );
}

/**
 * Why nothing can be concluded from a file, or undefined when it was read well enough: nothing in
 * it was about logins, or more than `unreadableShare` of its units were unreadable. An old row
 * without the split can still show that nothing in it was about logins.
 */
export function unreadableReason(read: ReadCounts): string | undefined {
  const accounting = lineAccounting(read);
  if (!accounting.known) {
    return accounting.lines > 0 && accounting.notAboutLoginsOrUnreadable >= accounting.lines
      ? 'nothing in it was about logins'
      : undefined;
  }
  const unit = accounting.unit === 'record' ? 'records' : 'lines';
  if (accounting.units === 0) return `it held no ${unit}`;
  if (accounting.unreadable > accounting.units * unreadableShare) {
    return (
      `${count(accounting.unreadable)} of its ${count(accounting.units)} ${unit} could not be read ` +
      `(more than ${Math.round(unreadableShare * 100)}%)`
    );
  }
  if (accounting.aboutLogins === 0) return 'nothing in it was about logins';
  return undefined;
}

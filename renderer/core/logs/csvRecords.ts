// Reads RFC 4180 CSV as it streams: quoted fields may hold commas, doubled quotes and line breaks
// (a Windows event message spans dozens of lines), and a chunk may end anywhere, even between
// the two quotes of an escaped "". Hand-written rather than papaparse: papaparse streams only
// from a File or a Node stream, not from text pushed in pieces as the analyzer hands it, and it
// does not say on which line a record starts, which the evidence excerpts need.

export type CsvRecord = {
  fields: string[];
  /** The record as written (without its final line break), for the unrecognized sample. */
  text: string;
  /** 1-based line on which the record starts. */
  line: number;
};

export type CsvRecordReader = {
  push(text: string, onRecord: (record: CsvRecord) => void): void;
  /** Hands over a last record that had no final line break (or was cut off inside quotes). */
  finish(onRecord: (record: CsvRecord) => void): void;
  /** Line breaks seen so far, plus one for a last line without a break. */
  lines(): number;
};

/** A record longer than this is not an event export: an unmatched quote swallowed the file. */
export const largestCsvRecord = 4 * 1024 * 1024;

const quote = 34;
const comma = 44;
const lineFeed = 10;
const carriageReturn = 13;

export function createCsvRecordReader(): CsvRecordReader {
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteSeen = false; // inside quotes, a quote was read: the next character says whether it closes
  let fieldStarted = false; // the current field has content (a quote there is literal, not opening)
  let raw = ''; // text of the record read in earlier chunks
  let rawLength = 0;
  let recordLine = 1;
  let line = 1;
  let lastWasBreak = true;

  function endRecord(text: string, onRecord: (record: CsvRecord) => void): void {
    if (!inQuotes && field.endsWith('\r')) field = field.slice(0, -1);
    fields.push(field);
    const blank = fields.length === 1 && fields[0] === '' && !fieldStarted;
    if (!blank) onRecord({ fields, text: text.endsWith('\r') ? text.slice(0, -1) : text, line: recordLine });
    fields = [];
    field = '';
    inQuotes = false;
    quoteSeen = false;
    fieldStarted = false;
    raw = '';
    rawLength = 0;
  }

  return {
    push(text, onRecord) {
      let recordStart = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (inQuotes) {
          if (quoteSeen) {
            quoteSeen = false;
            if (code === quote) {
              field += '"';
              continue;
            }
            inQuotes = false; // the quote closed the field; this character is read below
          } else if (code === quote) {
            quoteSeen = true;
            continue;
          } else {
            // Copy the run up to the next quote at once: messages are long, quotes rare.
            const next = text.indexOf('"', i);
            const end = next < 0 ? text.length : next;
            const run = text.slice(i, end);
            for (let at = run.indexOf('\n'); at >= 0; at = run.indexOf('\n', at + 1)) line += 1;
            field += run;
            i = end - 1;
            continue;
          }
        }
        if (code === comma) {
          fields.push(field);
          field = '';
          fieldStarted = false;
        } else if (code === lineFeed) {
          line += 1;
          endRecord(raw + text.slice(recordStart, i), onRecord);
          recordStart = i + 1;
          recordLine = line;
        } else if (code === quote && !fieldStarted) {
          inQuotes = true;
          fieldStarted = true;
        } else {
          field += text[i];
          if (code !== carriageReturn) fieldStarted = true;
        }
      }
      if (text.length > 0) lastWasBreak = text.endsWith('\n');
      const rest = text.slice(recordStart);
      rawLength += rest.length;
      if (rawLength > largestCsvRecord) {
        // Give up on this record; whatever follows the next line break is read afresh.
        onRecord({ fields: [], text: (raw + rest).slice(0, 500), line: recordLine });
        fields = [];
        field = '';
        raw = '';
        rawLength = 0;
        inQuotes = false;
        quoteSeen = false;
        fieldStarted = true; // the remainder up to the next break comes out as one more unreadable record
        return;
      }
      raw += rest;
    },
    finish(onRecord) {
      if (raw !== '' || fields.length > 0 || field !== '') endRecord(raw, onRecord);
    },
    lines: () => line - 1 + (lastWasBreak ? 0 : 1),
  };
}

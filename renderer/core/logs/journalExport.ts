// `journalctl -o export`: the journal's own export format. Each entry is a run of FIELD=value
// lines ended by an empty line; a field whose value is not plain text (several lines, bytes that
// are not UTF-8) is written as its name alone on a line, then its length as 8 bytes little-endian,
// the bytes, and a line break (systemd's JOURNAL_EXPORT_FORMATS). What the fields mean is
// journalEntry.ts. An entry is the unit the file is counted in.
import type { LogFormat, RecordParser, RecordSink } from './logFormat';
import { noLineEvents } from './logFormat';
import { createSshdReader } from './sshdConnections';
import { readJournalEntry, type JournalFields } from './journalEntry';
import { createServiceReaders } from './serviceMessages';

/** The fields a login reader needs; the journal writes dozens more per entry. */
const wanted: ReadonlySet<string> = new Set([
  'MESSAGE',
  'SYSLOG_IDENTIFIER',
  '_COMM',
  'SYSLOG_PID',
  '_PID',
  '__REALTIME_TIMESTAMP',
]);

export const journalExportFormat: LogFormat = {
  id: 'journal-export',
  label: 'systemd journal export (journalctl -o export)',
  carriesOwnTime: true,
  detect(sampleLines) {
    let written = 0;
    let fields = 0;
    let realtime = false;
    for (const line of sampleLines) {
      if (line === '') continue;
      written += 1;
      if (/^[A-Z_][A-Z0-9_]*=/.test(line)) fields += 1;
      if (line.startsWith('__REALTIME_TIMESTAMP=')) realtime = true;
    }
    return written === 0 || !realtime ? 0 : (0.95 * fields) / written;
  },
  createParser: () => noLineEvents,
  createRecordParser(): RecordParser {
    const sshd = createSshdReader();
    const readers = { sshd, services: createServiceReaders() };
    let partial = '';
    let lines = 0;
    let entry = new Map<string, string>();
    let entryText = '';
    let entryLine = 1;
    // A binary field: its value's characters still to come (its 8 length bytes first).
    let binary: { name: string; lengthText: string; remaining: number; value: string } | undefined;

    const finishEntry = (sink: RecordSink) => {
      if (entry.size === 0 && entryText === '') return;
      const message = entry.get('MESSAGE');
      const fields: JournalFields | undefined =
        message === undefined
          ? undefined
          : {
              message,
              program: entry.get('SYSLOG_IDENTIFIER') ?? entry.get('_COMM'),
              pid: entry.get('SYSLOG_PID') ?? entry.get('_PID'),
              realtime: entry.get('__REALTIME_TIMESTAMP'),
            };
      const text = entryText.slice(0, 2000);
      const read =
        fields !== undefined &&
        readJournalEntry(fields, entryLine, readers, (event) => sink.emit(event, text));
      if (!read) sink.unrecognized(text);
      entry = new Map();
      entryText = '';
    };

    const readLine = (line: string, sink: RecordSink) => {
      lines += 1;
      if (line === '') {
        finishEntry(sink);
        entryLine = lines + 1;
        return;
      }
      if (entryText.length < 4000) entryText += (entryText === '' ? '' : '\n') + line;
      const equals = line.indexOf('=');
      if (equals < 0) {
        // A binary field: the name here, the length and bytes follow on what looks like lines.
        binary = { name: line, lengthText: '', remaining: -1, value: '' };
        return;
      }
      const name = line.slice(0, equals);
      if (wanted.has(name)) entry.set(name, line.slice(equals + 1));
    };

    /**
     * Reads the binary field in `text` from `at`; returns where the text after it starts. The file
     * arrives decoded as UTF-8, so the length is exact for the commonest binary field (a message of
     * several lines, plain ASCII) and only approximate for one with bytes that are not UTF-8.
     */
    const readBinary = (text: string, at: number): number => {
      const field = binary!;
      let cursor = at;
      if (field.remaining < 0) {
        const need = 8 - field.lengthText.length;
        field.lengthText += text.slice(cursor, cursor + need);
        cursor += Math.min(need, text.length - cursor);
        if (field.lengthText.length < 8) return cursor;
        let length = 0;
        for (let index = 7; index >= 0; index--)
          length = length * 256 + (field.lengthText.charCodeAt(index) & 0xff);
        field.remaining = Math.min(length, 16 * 1024 * 1024);
      }
      const take = Math.min(field.remaining, text.length - cursor);
      if (field.value.length < 64 * 1024) field.value += text.slice(cursor, cursor + take);
      field.remaining -= take;
      cursor += take;
      if (field.remaining > 0) return cursor;
      if (wanted.has(field.name)) entry.set(field.name, field.value);
      binary = undefined;
      // The line break after the value.
      if (text.charCodeAt(cursor) === 10) cursor += 1;
      return cursor;
    };

    return {
      push(text, sink) {
        let at = 0;
        while (at < text.length) {
          if (binary !== undefined) {
            at = readBinary(text, at);
            continue;
          }
          const newline = text.indexOf('\n', at);
          if (newline < 0) {
            partial += text.slice(at);
            if (partial.length > 1024 * 1024) partial = partial.slice(0, 1024 * 1024);
            return;
          }
          const line = partial + text.slice(at, newline);
          partial = '';
          at = newline + 1;
          readLine(line, sink);
        }
      },
      finish(sink) {
        if (partial !== '') readLine(partial, sink);
        partial = '';
        finishEntry(sink);
        sshd.finish((event) => sink.emit(event));
      },
      lines: () => lines,
    };
  },
};

// An .evtx file as the text the rest of the app reads: each record's event as one line of XML
// (xmlRender.ts), in file order, written out as the file's bytes stream in, one chunk at a time.
// The file itself stays the evidence; this text is what excerpts and the Logins step show of it.
import type { DerivedTextReader } from '../logFormat';
import { createEvtxReader } from './evtxReader';
import { skippedRecordsNote } from './skippedRecords';
import { fileHeaderBytes } from './fileHeader';

export function createEvtxText(fileName: string): DerivedTextReader {
  let lines: string[] = [];
  const reader = createEvtxReader((record) => lines.push(record.xml));
  const flush = (onText: (text: string) => void) => {
    if (lines.length === 0) return;
    const text = `${lines.join('\n')}\n`;
    lines = [];
    onText(text);
  };
  return {
    push(bytes, onText) {
      reader.push(bytes);
      flush(onText);
    },
    end(onText) {
      reader.end();
      flush(onText);
      const header = reader.header();
      const read = reader.recordsRead();
      const skipped = reader.skipped();
      const notes: string[] = [];
      if (header && !header.checksumMatches) {
        notes.push(
          'Its file header is damaged (its checksum does not match), so which parts of the file are in use ' +
            'was judged from each chunk and its own checksum.',
        );
      }
      const note = skippedRecordsNote(skipped, read, header?.dirty === true);
      if (note !== undefined) notes.push(note);
      if (read > 0) return { notes };
      return { notes, problem: nothingRead(fileName, reader.endedEarly(), note) };
    },
  };
}

/** Why nothing could be imported from a file that starts like an .evtx. */
function nothingRead(fileName: string, endedAfter: number | undefined, note: string | undefined): string {
  const again = 'Copy it again from the server (Windows keeps it in C:\\Windows\\System32\\winevt\\Logs).';
  if (endedAfter !== undefined) {
    const where =
      endedAfter < fileHeaderBytes ? 'inside its file header' : 'before its first chunk of events';
    return `"${fileName}" is a Windows event log (.evtx) that ends after ${endedAfter.toLocaleString('en-US')} bytes, ${where}: the copy is incomplete. ${again}`;
  }
  if (note !== undefined && !/, all there were\.$/.test(note)) {
    return `"${fileName}" is a Windows event log (.evtx), but none of its records could be read. ${note} ${again}`;
  }
  return `"${fileName}" is a Windows event log (.evtx) with no events in it: there is nothing to import.`;
}

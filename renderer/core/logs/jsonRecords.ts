// Finds the top-level JSON objects in streamed text — the elements of one big array, one object
// per line, or objects written one after another — without parsing the whole file at once.
// String-aware, so a brace inside a user name does not end a record.

export type JsonRecordScanner = {
  /** Calls onRecord with each complete object's text and the line it starts on. */
  push(text: string, onRecord: (record: string, line: number) => void): void;
  finish(onRecord: (record: string, line: number) => void): void;
  lines(): number;
};

/** An export whose single record is larger than this is not a log export. */
const largestRecord = 16 * 1024 * 1024;

export function createJsonRecordScanner(): JsonRecordScanner {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let record: string[] = []; // pieces of the record being read
  let recordLength = 0;
  let recordLine = 0;
  let recordDepth = -1; // depth at which the current record's "{" opened
  let line = 1;
  let lastWasBreak = true;

  return {
    push(text, onRecord) {
      let pieceStart = recordDepth >= 0 ? 0 : -1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 10) line += 1;
        if (inString) {
          if (escaped) escaped = false;
          else if (code === 92 /* \ */) escaped = true;
          else if (code === 34 /* " */) inString = false;
          continue;
        }
        if (code === 34) {
          inString = true;
        } else if (code === 123 /* { */ || code === 91 /* [ */) {
          // A record is an object at the top, or directly inside a top-level array.
          if (code === 123 && recordDepth < 0 && depth <= 1) {
            recordDepth = depth;
            recordLine = line;
            pieceStart = i;
          }
          depth += 1;
        } else if (code === 125 /* } */ || code === 93 /* ] */) {
          depth = Math.max(0, depth - 1);
          if (code === 125 && depth === recordDepth) {
            record.push(text.slice(pieceStart, i + 1));
            onRecord(record.join(''), recordLine);
            record = [];
            recordLength = 0;
            recordDepth = -1;
            pieceStart = -1;
          }
        }
      }
      if (recordDepth >= 0 && pieceStart >= 0) {
        const piece = text.slice(pieceStart);
        recordLength += piece.length;
        if (recordLength > largestRecord) {
          record = [];
          recordLength = 0;
          recordDepth = -1;
        } else {
          record.push(piece);
        }
      }
      if (text.length > 0) lastWasBreak = text.endsWith('\n');
    },
    finish(onRecord) {
      if (recordDepth >= 0 && record.length > 0) onRecord(record.join(''), recordLine); // cut off: unreadable
      record = [];
      recordDepth = -1;
    },
    lines: () => line - 1 + (lastWasBreak ? 0 : 1),
  };
}

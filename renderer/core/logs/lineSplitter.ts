// Cuts streamed text into lines, whatever the chunk boundaries. Files are read in chunks (64 KiB
// in the CLI, a File stream in the import worker); a line may span any number of them.

/** Longer lines are cut to this many characters: a log line is never this long, garbage is. */
export const maxLineLength = 1024 * 1024;

export type LineSplitter = {
  push(text: string): void;
  /** Delivers a last line that had no line break. */
  end(): void;
  /** Lines delivered so far. */
  lines(): number;
  /** Lines that were longer than maxLineLength and delivered cut. */
  tooLongLines(): number;
};

/**
 * Calls onLine for each line (without "\n" or "\r\n"), numbered from 1. A line over the limit
 * is delivered cut to its first maxLineLength characters; the rest is skipped while it streams
 * past, so a 2 GB file without a line break never sits in memory.
 */
export function createLineSplitter(
  onLine: (line: string, lineNumber: number) => void,
  limit: number = maxLineLength,
): LineSplitter {
  let partial = ''; // start of the current line, from earlier chunks
  let skipping = false; // the current line is already over the limit
  let lineNumber = 0;
  let tooLong = 0;

  function deliver(line: string): void {
    lineNumber += 1;
    const end = line.length;
    onLine(end > 0 && line.charCodeAt(end - 1) === 13 ? line.slice(0, end - 1) : line, lineNumber);
  }

  function keepPartial(text: string): void {
    if (skipping) return;
    partial += text;
    if (partial.length > limit) {
      // Flatten the cut so the dropped part is really gone, not referenced by a rope.
      partial = (' ' + partial.slice(0, limit)).slice(1);
      skipping = true;
      tooLong += 1;
    }
  }

  return {
    push(text) {
      let start = 0;
      let newline = text.indexOf('\n');
      if (newline < 0) {
        keepPartial(text);
        return;
      }
      if (partial !== '' || skipping) {
        keepPartial(text.slice(0, newline));
        deliver(partial);
        partial = '';
        skipping = false;
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      while (newline >= 0) {
        if (newline - start > limit) {
          tooLong += 1;
          deliver(text.slice(start, start + limit));
        } else {
          // deliver() inlined: the "\r" is looked for in the chunk, not in the slice, which is
          // cheaper to read, and a CRLF line is sliced once instead of twice.
          const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
          lineNumber += 1;
          onLine(text.slice(start, end), lineNumber);
        }
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      if (start < text.length) keepPartial(text.slice(start));
    },
    end() {
      if (partial !== '' || skipping) deliver(partial);
      partial = '';
      skipping = false;
    },
    lines: () => lineNumber,
    tooLongLines: () => tooLong,
  };
}

// Cuts streamed text into lines, whatever the chunk boundaries. Files are read in chunks (the CLI
// reads 1 MiB at a time, the import worker gets a File stream); a line may span any number of them.
// A line is handed on as its place in the chunk, text[start, end), not cut out of it: a parser that
// only looks at a line's characters then makes no string for it (see LineParser.parseAt).

/** Longer lines are cut to this many characters: a log line is never this long, garbage is. */
export const maxLineLength = 1024 * 1024;

/**
 * Gets each line as text[start, end) (without "\n" or "\r\n"), numbered from 1. What follows the
 * line, text[end], is always its line break or the end of `text`: a check whether some word starts
 * at a place in the line cannot match past its end, as no such word holds a line break.
 */
export type OnLine = (text: string, start: number, end: number, lineNumber: number) => void;

export type LineSplitter = {
  push(text: string): void;
  /** Delivers a last line that had no line break. */
  end(): void;
  /**
   * Forgets a last line that had no line break instead (a damaged file cut in the middle of a
   * line: the rest of it, the end of an address perhaps, is missing).
   */
  dropUnfinished(): void;
  /** Lines delivered so far. */
  lines(): number;
  /** Lines that were longer than maxLineLength and delivered cut. */
  tooLongLines(): number;
};

/**
 * Calls onLine for each line. A line within one chunk is delivered as its place in that chunk; a
 * line that spans chunks as a string of its own. A line over the limit is delivered cut to its
 * first maxLineLength characters; the rest is skipped while it streams past, so a 2 GB file
 * without a line break never sits in memory.
 */
export function createLineSplitter(onLine: OnLine, limit: number = maxLineLength): LineSplitter {
  let partial = ''; // start of the current line, from earlier chunks
  let skipping = false; // the current line is already over the limit
  let lineNumber = 0;
  let tooLong = 0;

  function deliver(line: string): void {
    lineNumber += 1;
    const end = line.length;
    onLine(line, 0, end > 0 && line.charCodeAt(end - 1) === 13 ? end - 1 : end, lineNumber);
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
        lineNumber += 1;
        if (newline - start > limit) {
          tooLong += 1;
          const cut = text.slice(start, start + limit);
          onLine(cut, 0, cut.length, lineNumber);
        } else {
          const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
          onLine(text, start, end, lineNumber);
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
    dropUnfinished() {
      partial = '';
      skipping = false;
    },
    lines: () => lineNumber,
    tooLongLines: () => tooLong,
  };
}

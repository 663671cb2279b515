// The one interface every log format implements. A format is one module in this folder, listed
// in formatRegistry.ts; adding a format touches nothing else.
import type { AuthEvent, EventKind } from './authEvent';
import type { NameBook } from './nameBook';

/** What the person confirmed at import for timestamps that carry no year or zone (classic syslog). */
export type TimeAssumptions = {
  /** Year of the first line; a December → January rollover inside the file adds one. */
  year: number;
  /** IANA zone name, e.g. "Europe/Berlin" or "UTC". */
  timeZone: string;
  /**
   * The person gave no year: take it from each file's modification date (December → January
   * aware, see core/time/defaultYear.ts); `year` is then only the fallback.
   */
  yearFromFileDate?: boolean;
};

export type LineParser = {
  /**
   * Reads one line (without its line break) and calls `emit` for each event it finds.
   * Returns false when the line is not about logins (it is then counted as unrecognized).
   */
  parseLine(line: string, lineNumber: number, emit: (event: AuthEvent) => void): boolean;
  /**
   * The same for the line text[start, end) inside a longer text (the chunk it was read in), for
   * formats that read millions of lines: the line is then never cut out of the chunk.
   */
  parseAt?(
    text: string,
    start: number,
    end: number,
    lineNumber: number,
    emit: (event: AuthEvent) => void,
    /**
     * The text's bytes when it is ASCII (`ascii[i]` is `text.charCodeAt(i)`), else undefined: a
     * parser may read the common lines from them, faster (see asciiSshdLines.ts).
     */
    ascii?: Uint8Array,
  ): boolean;
  /**
   * Called once after the last line: emits what the parser held back while waiting for a line
   * that might have settled it (sshd's pam_unix/Failed pairing).
   */
  finish?(emit: (event: AuthEvent) => void): void;
  /**
   * Lines whose stamps have no year or zone of their own, so the TimeAssumptions give them (syslog's
   * classic stamps, in a file that may also have stamps with a zone), whatever program wrote them.
   */
  assumedTimes?(): number;
  /**
   * Lines this parser returned false for because they are in no shape its format writes (no
   * header, a garbage stamp, no address where one belongs), not because they are about something
   * else: "cannot tell" rests on them.
   */
  unreadableLines?(): number;
};

/**
 * An event with its address and user name by number (see nameBook.ts; -1 for none), as a parser
 * that reads millions of lines hands it to the analysis: no strings, no object per event. One
 * object, filled anew for each event: read it at once.
 */
export type NumberedEvent = {
  kind: EventKind;
  service: string;
  ip: number;
  port: number | undefined;
  user: number;
  method: string | undefined;
  count: number;
  time: number;
  line: number;
  /** 0 when the line names no process. */
  pid: number;
  /** A host name the source was also given (sshd with UseDNS), -1 for none. */
  hostName: number;
};

/**
 * Where a parser may hand events as numbers (see LogFormat.createParser): the analysis, which
 * counts them. The numbers are from `books`. `count` returns false for an event it wants as an
 * AuthEvent after all (a login: it keeps those one by one): the parser then emits it as usual.
 */
export type EventCounter = {
  books: { addresses: NameBook; users: NameBook };
  count(event: NumberedEvent): boolean;
};

/** Where a record-oriented parser hands what it found. */
export type RecordSink = {
  /** An event, with the record's text so a verdict can quote it. */
  emit(event: AuthEvent, recordText?: string): void;
  /** A record that is not about logins: counted, and a few are shown to the person. */
  unrecognized(recordText: string): void;
  /**
   * Something the person must know about how the file was read: a guess the file itself could not
   * settle (which of day and month comes first), in plain words with what to do about it.
   */
  note?(text: string): void;
};

/**
 * For formats whose records are not lines (Windows XML and JSON exports: an event spans many
 * lines, or a whole export is one line). Gets the text as it streams, in chunks of any size.
 */
export type RecordParser = {
  push(text: string, sink: RecordSink): void;
  finish(sink: RecordSink): void;
  /** Line breaks seen so far (for progress and the summary); records start on `event.line`. */
  lines(): number;
};

type FormatBase = {
  id: string;
  /** Name for the person, e.g. "OpenSSH (auth.log, secure)". */
  label: string;
  /** 0 (surely not this format) … 1 (surely this format), judged from the first lines of a file. */
  detect(sampleLines: readonly string[]): number;
  /**
   * True when every time this format writes carries its date and zone (RFC 3339, Windows
   * SystemTime, journal microseconds): the import then asks no time question for it.
   */
  carriesOwnTime?: boolean;
};

export type LogFormat = FormatBase & {
  /**
   * Reads the file line by line (every format; a record format's lines alone mean nothing). A
   * parser may hand its events to `counter` instead of emitting them (the analysis gives one
   * when nobody asked to see the events themselves).
   */
  createParser(time: TimeAssumptions, counter?: EventCounter): LineParser;
  /**
   * Present for formats read record by record (Windows event exports): the analyzer then gives
   * them the text itself instead of lines.
   */
  createRecordParser?(time: TimeAssumptions): RecordParser;
};

/**
 * A format whose files are not text (Windows .evtx): recognised by its first bytes, never by its
 * lines, and read as its bytes stream in into text, one line per record, that `format` then reads
 * like any text (and the stored evidence shows). That text is derived: the file itself stays the
 * evidence, bytes and SHA-256 unchanged.
 */
export type BinaryFormat = {
  format: LogFormat;
  /** True when a file's first bytes are this format's signature. */
  recognizes(firstBytes: Uint8Array): boolean;
  createTextReader(fileName: string): DerivedTextReader;
};

export type DerivedTextReader = {
  /** The file's next bytes (the caller may reuse them); `onText` gets the text they complete. */
  push(bytes: Uint8Array, onText: (text: string) => void): void;
  /**
   * After the last bytes: the text of what is left; what the person must know about how the file
   * was read; and `problem`, the refusal in words, when nothing in it could be read.
   */
  end(onText: (text: string) => void): { notes: string[]; problem?: string };
};

/** For record formats: no single line of theirs is an event on its own. */
export const noLineEvents: LineParser = { parseLine: () => false };

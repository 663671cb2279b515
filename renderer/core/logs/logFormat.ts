// The one interface every log format implements. A format is one module in this folder, listed
// in formatRegistry.ts; adding a format touches nothing else.
import type { AuthEvent } from './authEvent';

/** What the person confirmed at import for timestamps that carry no year or zone (classic syslog). */
export type TimeAssumptions = {
  /** Year of the first line; a December → January rollover inside the file adds one. */
  year: number;
  /** IANA zone name, e.g. "Europe/Berlin" or "UTC". */
  timeZone: string;
};

export type LineParser = {
  /**
   * Reads one line (without its line break) and calls `emit` for each event it finds.
   * Returns false when the line is not about logins (it is then counted as unrecognized).
   */
  parseLine(line: string, lineNumber: number, emit: (event: AuthEvent) => void): boolean;
};

export type LogFormat = {
  id: string;
  /** Name for the person, e.g. "OpenSSH (auth.log, secure)". */
  label: string;
  /** 0 (surely not this format) … 1 (surely this format), judged from the first lines of a file. */
  detect(sampleLines: readonly string[]): number;
  createParser(time: TimeAssumptions): LineParser;
};

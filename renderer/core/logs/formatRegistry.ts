// Every log format the app reads, and the guess which one a file is in. Adding a format means
// writing its module and listing it here.
import type { BinaryFormat, LogFormat } from './logFormat';
import { sshdFormat } from './sshd';
import { journalJsonFormat } from './journalJson';
import { journalExportFormat } from './journalExport';
import { windowsXmlFormat } from './windowsXml';
import { windowsJsonFormat } from './windowsJson';
import { windowsCsvFormat } from './windowsCsv';
import { fail2banFormat } from './fail2ban';
import { logwatchFormat } from './logwatch';
import { webAuthFormat } from './webAuth';
import { webAccessFormat } from './webAccess';
import { caddyJsonFormat } from './caddyJson';
import { eximLogFormat } from './eximLog';
import { dovecotLogFormat } from './dovecotLog';
import { vsftpdLogFormat } from './vsftpdLog';
import { proftpdLogFormat } from './proftpdLog';
import { mysqlLogFormat } from './mysqlLog';
import { mssqlLogFormat } from './mssqlLog';
import { giteaLogFormat } from './giteaLog';
import { sambaLogFormat } from './sambaLog';
import { xrdpLogFormat } from './xrdpLog';
import { openvpnLogFormat } from './openvpnLog';
import { windowsEvtxFile } from './windowsEvtx';

export const logFormats: readonly LogFormat[] = [
  sshdFormat,
  journalJsonFormat,
  journalExportFormat,
  windowsXmlFormat,
  windowsJsonFormat,
  windowsCsvFormat,
  fail2banFormat,
  logwatchFormat,
  webAuthFormat,
  webAccessFormat,
  caddyJsonFormat,
  eximLogFormat,
  dovecotLogFormat,
  vsftpdLogFormat,
  proftpdLogFormat,
  mysqlLogFormat,
  mssqlLogFormat,
  giteaLogFormat,
  sambaLogFormat,
  xrdpLogFormat,
  openvpnLogFormat,
];

/** Formats that are not text, recognised by their first bytes before any text is decoded. */
export const binaryFormats: readonly BinaryFormat[] = [windowsEvtxFile];

/** The binary format whose signature `firstBytes` (a file's first bytes) begin with, if any. */
export function binaryFormatOf(firstBytes: Uint8Array): BinaryFormat | undefined {
  return binaryFormats.find((binary) => binary.recognizes(firstBytes));
}

/** Below this a format's detect() score is a guess, not a recognition. */
export const detectionThreshold = 0.3;

/** How many lines from the start of a file detection looks at. */
export const detectionSampleLines = 50;

/**
 * The format that recognizes the sample best. Below the threshold a format only guesses, but a
 * guess is still taken when no format is confident: a syslog file whose first lines come from
 * programs the app does not know (or whose start is a stack trace) must be read, or the lines
 * about logins further down would never be seen. Only a sample in which no line reads as any
 * format gives undefined (the file is then refused, saying what it looked like).
 */
export function detectFormat(sampleLines: readonly string[]): LogFormat | undefined {
  let best: LogFormat | undefined;
  let bestScore = 0;
  for (const format of logFormats) {
    const score = format.detect(sampleLines);
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}

export function formatById(id: string): LogFormat | undefined {
  return (
    logFormats.find((format) => format.id === id) ??
    binaryFormats.find((binary) => binary.format.id === id)?.format
  );
}

// Is a file a text log at all? Judged on the first 64 KiB of its decoded text (after gunzip). A
// syslog file written during a crash holds runs of NUL bytes where the disk had not been written
// yet: those are not a reason to refuse it (they are read as U+FFFD and counted, textShape.ts).
// Executables, images and archives are full of control characters and bytes that are not UTF-8.
import { ImportProblem } from './importProblem';
import { binaryCheckChars, mostlyBinaryShare } from './readingLimits';

/**
 * Refuses `firstText` (the start of the decoded text; `unpacked` when it came out of a .gz) when
 * more than mostlyBinaryShare of its characters are control characters or bytes that were not
 * text (U+FFFD). NULs are not counted when the text has lines (a crash's leftovers), and are
 * binary when it has none. Tab, line breaks, form feed and ESC (colour codes some
 * programs write into their logs) are text.
 */
export function refuseBinary(firstText: string, fileName: string, unpacked = false): void {
  const end = Math.min(firstText.length, binaryCheckChars);
  let counted = 0;
  let binary = 0;
  let nuls = 0;
  let lineBreaks = 0;
  for (let at = 0; at < end; at++) {
    const code = firstText.charCodeAt(at);
    if (code === 0) {
      nuls += 1;
      continue;
    }
    if (code === 10 || code === 13) lineBreaks += 1;
    counted += 1;
    if (isBinaryCode(code)) binary += 1;
  }
  // NUL runs between lines of text are a crash's leftovers; NULs around no line at all are not text.
  if (lineBreaks === 0) {
    counted += nuls;
    binary += nuls;
  }
  if (counted === 0 || binary <= counted * mostlyBinaryShare) return;
  if (/\.evtx$/i.test(fileName)) {
    // A real .evtx never gets here: its signature sends it to the EVTX reader (logReading.ts).
    throw new ImportProblem(
      `"${fileName}" is named like a Windows event log (.evtx) but is not one: an .evtx file begins ` +
        'with the signature "ElfFile", and this one does not (it is damaged, or another kind of file). ' +
        'Copy the log from the server again (C:\\Windows\\System32\\winevt\\Logs), or save it from Event Viewer ' +
        'with "Save All Events As…".',
    );
  }
  const share = Math.round((binary / counted) * 100);
  throw new ImportProblem(
    `"${fileName}" is not a text log: ${share}% of ${unpacked ? 'what it unpacks to' : 'its first 64 KB'} ` +
      'is binary data, not text. Choose the log file itself, for example /var/log/auth.log or ' +
      '/var/log/auth.log.2.gz.',
  );
}

function isBinaryCode(code: number): boolean {
  if (code < 32) return code !== 9 && code !== 10 && code !== 11 && code !== 12 && code !== 13 && code !== 27;
  return code === 0x7f || code === 0xfffd;
}

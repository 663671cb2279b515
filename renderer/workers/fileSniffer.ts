import type { TextEncodingName } from '../core/text/textEncoding';
import { ImportProblem } from './importProblem';

/**
 * Text logs never contain NUL characters; executables, images, archives and .evtx files do.
 * Checking the first block is enough to stop before reading a large binary file to the end.
 * In UTF-16 text every ASCII character has a zero byte, so there a NUL is a whole zero code unit.
 */
export function refuseBinary(
  firstBlock: Uint8Array,
  fileName: string,
  unpacked = false,
  encoding: TextEncodingName = 'utf-8',
): void {
  if (!hasNulCharacter(firstBlock.subarray(0, 64 * 1024), encoding)) return;
  if (/\.evtx$/i.test(fileName)) {
    throw new ImportProblem(
      `"${fileName}" is a Windows event log in its binary form (.evtx). Open it in Event Viewer and use ` +
        '"Save All Events As…" → XML, or run: wevtutil qe Security /f:xml > security.xml — then import that file.',
    );
  }
  throw new ImportProblem(
    `"${fileName}" is not a text log (${unpacked ? 'what it unpacks to contains' : 'it contains'} binary data). ` +
      'Choose the log file itself, for example /var/log/auth.log or /var/log/auth.log.2.gz.',
  );
}

function hasNulCharacter(bytes: Uint8Array, encoding: TextEncodingName): boolean {
  if (encoding === 'utf-8') return bytes.includes(0);
  for (let at = 0; at + 1 < bytes.length; at += 2) if (bytes[at] === 0 && bytes[at + 1] === 0) return true;
  return false;
}

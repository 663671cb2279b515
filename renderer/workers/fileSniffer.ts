import { ImportProblem } from './importProblem';

/**
 * Text logs never contain NUL bytes; executables, images, archives and .evtx files do. Checking
 * the first block is enough to stop before reading a large binary file to the end.
 */
export function refuseBinary(firstBlock: Uint8Array, fileName: string, unpacked = false): void {
  const looked = Math.min(firstBlock.length, 64 * 1024);
  let nulBytes = 0;
  for (let i = 0; i < looked; i++) if (firstBlock[i] === 0) nulBytes++;
  if (nulBytes === 0) return;
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

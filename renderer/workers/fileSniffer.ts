import { ImportProblem } from './importProblem';

/**
 * Text logs never contain NUL bytes; executables, images, archives and .evtx files do. Checking
 * the first block is enough to stop before reading a large binary file to the end.
 */
export function refuseBinary(firstBlock: Uint8Array, fileName: string): void {
  const looked = Math.min(firstBlock.length, 64 * 1024);
  let nulBytes = 0;
  for (let i = 0; i < looked; i++) if (firstBlock[i] === 0) nulBytes++;
  if (nulBytes > 0) {
    throw new ImportProblem(
      `"${fileName}" is not a text log (it contains binary data). ` +
        'Choose the log file itself, for example /var/log/auth.log; if it is compressed, unpack it first.',
    );
  }
}

/** The first lines of a file, for format detection. */
export function firstLines(text: string, count = 50): string[] {
  return text.split(/\r?\n/, count + 1).slice(0, count);
}

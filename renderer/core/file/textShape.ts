// The decoded text as the line splitter must see it:
//  - NUL characters become U+FFFD and are counted: a syslog file after a crash holds runs of them
//    where the disk was not written yet, and a line must not be cut or hidden by them.
//  - A file whose lines end in a lone CR (classic Mac OS, some network devices, a log copied
//    through the wrong tool) has its CRs read as line breaks. Decided once per file, on its first
//    64 KiB (a CR inside one line of an LF file is that line's text, not a break): otherwise the
//    whole file is one line, nothing is understood, and the verdict would rest on nothing.
import { binaryCheckChars } from './readingLimits';

export type LineEnding = 'lf' | 'cr';

export type TextShape = {
  /** The next decoded text; `ascii` its bytes when all ASCII (see LogAnalyzer.push). */
  push(text: string, ascii?: Uint8Array): void;
  end(): void;
  /** NUL characters read (as U+FFFD). */
  nulCharacters(): number;
  /** How lines end; 'lf' until decided (LF and CRLF files are both 'lf'). */
  lineEnding(): LineEnding;
};

export function createTextShape(onText: (text: string, ascii?: Uint8Array) => void): TextShape {
  let decided: LineEnding | undefined;
  let held = '';
  let nuls = 0;

  const withoutNul = (text: string): string => {
    if (text.indexOf('\0') < 0) return text;
    let count = 0;
    for (let at = text.indexOf('\0'); at >= 0; at = text.indexOf('\0', at + 1)) count += 1;
    nuls += count;
    return text.replaceAll('\0', '\uFFFD');
  };

  const deliver = (text: string, ascii?: Uint8Array): void => {
    if (text === '') return;
    const shaped = withoutNul(text);
    if (decided === 'cr') onText(shaped.replaceAll('\r', '\n'));
    // A changed text no longer matches its bytes.
    else onText(shaped, shaped === text ? ascii : undefined);
  };

  const decide = (): void => {
    const start = held.slice(0, binaryCheckChars);
    decided = start.indexOf('\n') < 0 && start.indexOf('\r') >= 0 ? 'cr' : 'lf';
    const text = held;
    held = '';
    deliver(text);
  };

  return {
    push(text, ascii) {
      if (decided !== undefined) return deliver(text, ascii);
      const first = held === '';
      held += text;
      const newline = held.indexOf('\n');
      if (first && newline >= 0 && newline < binaryCheckChars) {
        // The usual case, settled by the first piece: it keeps its bytes.
        decided = 'lf';
        held = '';
        deliver(text, ascii);
      } else if ((newline >= 0 && newline < binaryCheckChars) || held.length >= binaryCheckChars) {
        decide();
      }
    },
    end() {
      if (decided === undefined) decide();
    },
    nulCharacters: () => nuls,
    lineEnding: () => decided ?? 'lf',
  };
}

// What the person must know about how a file's text was read, in plain words: where the text
// itself was not what a log normally is.
import type { LineEnding } from './textShape';

export function readingNotes(read: { nulCharacters: number; lineEnding: LineEnding }): string[] {
  const notes: string[] = [];
  if (read.lineEnding === 'cr') {
    notes.push(
      'Its lines end in a lone CR character (as old Mac programs and some network devices write), ' +
        'so each CR was read as the end of a line.',
    );
  }
  if (read.nulCharacters > 0) {
    notes.push(
      `It holds ${read.nulCharacters.toLocaleString('en-US')} NUL ${read.nulCharacters === 1 ? 'byte' : 'bytes'} ` +
        '(what a server leaves in a log it was writing when it crashed or lost power). They were read ' +
        'as "�" and the lines around them as written; lines may be missing there.',
    );
  }
  return notes;
}

// A compressed file that is damaged (cut short while being copied, a checksum that does not
// match): refused by default in one sentence that says to copy it again; read up to the damage
// only when the person chooses so (the app's "Import the readable part anyway", the command
// line's --accept-damaged). Then the readable lines are kept with a note that names where the
// file was cut, and the coverage ends there (AttemptTimeline.cutOff): nothing is ever kept
// silently (DECISIONS.md, "Damaged input").
import type { GzipDamage } from './checkedGunzip';

/** Where a damaged file was read until: what was wrong, its last whole line and that line's time. */
export type ReadDamage = {
  what: GzipDamage['what'];
  /** Which gzip member (1-based) was damaged. */
  member: number;
  /** The last line read whole (0: none); a cut line after it is not read. */
  lastLine: number;
  /** UTC ms of that line (or of the last event, when the line has no readable stamp); NaN unknown. */
  lastTime: number;
};

const count = (value: number) => value.toLocaleString('en-US');

/** "2026-11-20 03:12:44 UTC", or words when the time is not known. */
export function utcStamp(time: number): string {
  if (!Number.isFinite(time)) return 'a time that could not be read';
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function damageWords(what: GzipDamage['what']): string {
  switch (what) {
    case 'cut off':
      return 'is cut off (it ends early, as a copy that was interrupted does)';
    case 'checksum does not match':
      return 'is damaged (a checksum in it does not match what it unpacks to)';
    case 'not gzip data':
      return 'begins like a compressed (.gz) file but cannot be unpacked';
  }
}

/**
 * The one sentence that refuses `fileName`. `linesBefore`: whole lines read before the damage
 * (0 when unknown); `otherwise` ends it with what else the person may do, in the host's words
 * ("or import the readable part anyway", "or run again with --accept-damaged …").
 */
export function damagedFileRefusal(
  fileName: string,
  what: GzipDamage['what'],
  linesBefore: number,
  otherwise: string,
): string {
  const where = what !== 'not gzip data' && linesBefore > 0 ? ` after line ${count(linesBefore)}` : '';
  return (
    `"${fileName}" is a compressed (.gz) file that ${damageWords(what)}${where}: nothing from it was kept; ` +
    `copy it from the server again${otherwise}.`
  );
}

/** What the app offers beside the refusal (ImportOutcomes: the button of that name). */
export const importReadablePart = 'Import the readable part anyway';

/** How that note begins: a host that prints only some notes finds it by this. */
export const readablePartNoteStart = 'Only the readable part of this compressed file was imported';

/** The note kept with evidence read up to its damage: in the evidence list, the journal, the CLI. */
export function damagedFileNote(damage: ReadDamage): string {
  const last =
    damage.lastLine === 0
      ? 'not even its first line could be read whole'
      : `it was read up to line ${count(damage.lastLine)}, the last readable one (${utcStamp(damage.lastTime)})`;
  const why =
    damage.what === 'checksum does not match'
      ? 'it is damaged (a checksum in it does not match), so the lines just before the damage may be wrong too'
      : 'it is cut off (the copy ends early)';
  return (
    `${readablePartNoteStart}, as you chose: ${why}; ${last}. ` +
    'What the server wrote after that is not in this case, so nothing can be said about that time from this file. ' +
    'Copy the file from the server again to read all of it.'
  );
}

// A file read only up to its damage (a .gz cut short, imported anyway on the person's choice)
// says nothing about the time after its last readable line: that is a gap in the evidence, not a
// quiet time. So "no one got in" is never said for it (DECISIONS.md, "Damaged input"): the
// verdict becomes "cannot tell" for the time after the cut, and says what to collect. A login
// shown to be a break-in before the cut is still one.
import type { AccessVerdict } from './accessVerdict';
import type { DamageCut } from './attemptTimeline';
import { formatDayTime } from './words';

export function withCutOffs(verdict: AccessVerdict, cuts: readonly DamageCut[]): AccessVerdict {
  if (cuts.length === 0 || verdict.status === 'access') return verdict;
  // The earliest cut: from there on at least one file is silent.
  let earliest = cuts[0]!;
  for (const cut of cuts) if (!(cut.time >= earliest.time)) earliest = cut;
  const files = cuts.map((cut) => `"${cut.file}"`).join(', ');
  const when = Number.isFinite(earliest.time)
    ? `the time after ${formatDayTime(earliest.time)} (UTC)`
    : 'the time after its last readable line';
  const gap =
    `Cannot tell for ${when}: ${files} ${cuts.length === 1 ? 'is a damaged copy' : 'are damaged copies'} ` +
    'read only up to the damage, so a login after that would not be in the evidence.';
  const collect = cuts.map(
    (cut) =>
      `Copy "${cut.file}" from the server again: only ${cut.line.toLocaleString('en-US')} lines of it could be read.`,
  );
  const collectNext = [...collect, ...verdict.collectNext];
  if (verdict.status === 'no-access') {
    // Not the logins checked: under "cannot tell" they would read as logins to check; the
    // Logins step lists every login anyway, and what to collect comes first.
    return {
      status: 'unknown',
      reason: `${gap} Up to then, ${lowerFirst(verdict.reason)}`,
      evidence: [],
      collectNext,
    };
  }
  return { ...verdict, reason: `${verdict.reason} ${gap}`, collectNext };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// The PDF's "Login attempts over time" from the analysis' own minutes (attemptTimeline.ts), so its
// bars sum to the attempts every other surface states. Reading the evidence again to count them
// once more gave a second definition that missed refusals (6 bars for 7 attempts).
import type { AttemptTimeline as MinuteTimeline } from '../analysis/attemptTimeline';
import { attemptsPerMinute } from '../analysis/attemptTimeline';
import type { AttemptTimeline } from './reportEvidence';

const hour = 3_600_000;

/** Hours for an attack of up to two days, days up to two months, weeks beyond. */
export function reportTimeline(timelines: readonly MinuteTimeline[], fromOurAddresses = 0): AttemptTimeline {
  let first = Infinity;
  let last = -Infinity;
  for (const timeline of timelines) {
    const attempts = attemptsPerMinute(timeline);
    timeline.minutes.forEach((minute, index) => {
      if ((attempts[index] ?? 0) === 0) return;
      if (minute < first) first = minute;
      if (minute > last) last = minute;
    });
  }
  if (first === Infinity) return { start: 0, bucketMs: hour, counts: [] };
  const span = last - first;
  const bucketMs = span <= 48 * hour ? hour : span <= 60 * 24 * hour ? 24 * hour : 7 * 24 * hour;
  const start = Math.floor(first / bucketMs) * bucketMs;
  const counts = new Array<number>(Math.floor((last - start) / bucketMs) + 1).fill(0);
  for (const timeline of timelines) {
    const attempts = attemptsPerMinute(timeline);
    timeline.minutes.forEach((minute, index) => {
      const count = attempts[index] ?? 0;
      if (count === 0) return;
      const at = Math.floor((minute - start) / bucketMs);
      counts[at] = (counts[at] ?? 0) + count;
    });
  }
  return { start, bucketMs, counts, ...(fromOurAddresses > 0 ? { fromOurAddresses } : {}) };
}

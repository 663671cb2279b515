// A long excerpt does not belong in an email body: the first and last lines show the pattern,
// a count says what was left out, and the whole excerpt travels as a plain-text attachment.

export type TrimmedExcerpt = {
  /** The lines for the body, with one "[… N lines left out …]" line where the middle was. */
  lines: string[];
  leftOut: number;
};

export const excerptHeadLines = 12;
export const excerptTailLines = 8;

export function trimExcerpt(
  lines: readonly string[],
  head = excerptHeadLines,
  tail = excerptTailLines,
): TrimmedExcerpt {
  if (lines.length <= head + tail + 1) return { lines: [...lines], leftOut: 0 };
  const leftOut = lines.length - head - tail;
  return {
    lines: [
      ...lines.slice(0, head),
      `[… ${leftOut.toLocaleString('en-US')} lines left out here; the attached file has all of them …]`,
      ...lines.slice(lines.length - tail),
    ],
    leftOut,
  };
}

// The first lines of a file, by which its format is detected (formatRegistry.ts) and its time
// question judged. The same sample for the import, the quick look before it and the command line.
import { detectionSampleLines } from '../logs/formatRegistry';

/** Enough text to detect by even when lines are long: detection never waits for more. */
export const detectionTextLimit = 1024 * 1024;

/** True when `text` (the start of a file) holds the sample's lines, or 1 MiB when lines are long. */
export function hasDetectionSample(text: string): boolean {
  if (text.length >= detectionTextLimit) return true;
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (++lines >= detectionSampleLines) return true;
  }
  return false;
}

/** The sample's lines, without their line breaks. */
export function sampleLines(text: string): string[] {
  return text
    .slice(0, detectionTextLimit)
    .split('\n', detectionSampleLines)
    .map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}

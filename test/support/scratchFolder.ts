// Vitest's global setup: the project's own scratch folder (.tmp) exists before any suite runs, on
// a fresh clone too (.ci/run makes it as well, but `npm test` alone must work as the README says).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export default function makeScratchFolder(): void {
  mkdirSync(resolve('.tmp'), { recursive: true });
}

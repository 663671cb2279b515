// Pictures of the screens for docs/screenshots/, saved by the e2e tests only when SCREENSHOTS_DIR
// names a folder (SCREENSHOTS_DIR=docs/screenshots npm run test:e2e). A plain test run, as CI
// does, still takes them (the page must render) but writes nothing into the working tree.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where to save the picture `name`, or undefined when pictures are not wanted. */
export function screenshotPath(name: string): string | undefined {
  const folder = process.env.SCREENSHOTS_DIR;
  if (!folder) return undefined;
  mkdirSync(resolve(folder), { recursive: true });
  return resolve(folder, name);
}

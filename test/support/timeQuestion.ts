// Answers the Import step's time question the way a person does: by the labelled fields of each
// file ("Year for auth.log", "Time zone for auth.log"), then the one "Import N files" button.
import { basename } from 'node:path';
import type { Page } from 'playwright-core';

export type TimeAnswer = { zone: string; year?: string };

/** Answers for the files named (by file name); a file left out keeps the suggestions. */
export async function answerTimeQuestion(page: Page, answers: Record<string, TimeAnswer>): Promise<void> {
  for (const [name, { zone, year }] of Object.entries(answers)) {
    await page.getByLabel(`Time zone for ${name}`, { exact: true }).selectOption(zone);
    if (year !== undefined) await page.getByLabel(`Year for ${name}`, { exact: true }).fill(year);
  }
  await page.getByRole('button', { name: /^Import \d+ files?$/ }).click();
}

/** Chooses classic syslog files on the Import step and gives each the same year and zone. */
export async function chooseClassicLogs(
  page: Page,
  paths: string | string[],
  answer: TimeAnswer,
): Promise<void> {
  const all = [paths].flat();
  await page.getByLabel('Choose log files…').setInputFiles(all);
  await answerTimeQuestion(page, Object.fromEntries(all.map((path) => [basename(path), answer])));
}

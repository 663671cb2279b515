import type { Page } from 'playwright-core';

/** Opens a workflow step the way a person does: its button in the step navigation. */
export async function openStep(page: Page, step: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Workflow steps' })
    .getByRole('button', { name: step, exact: true })
    .click();
}

/**
 * Opens the Source step's fold of the less busy addresses, as a person clicks it, when it has one
 * and it is closed. Call it once the step shows its addresses.
 */
export async function showEveryAddress(page: Page): Promise<void> {
  await page.locator('.source-step p.headline').waitFor();
  const fold = page.locator('details.later-sources');
  if ((await fold.count()) === 0) return;
  if (await fold.evaluate((element) => (element as HTMLDetailsElement).open)) return;
  await page.locator('details.later-sources > summary').click();
}

/** Opens the Logins step's table of every successful login (folded under the questions), as a person clicks it. */
export async function showEveryLogin(page: Page): Promise<void> {
  const fold = page.locator('details.all-logins');
  await fold.waitFor();
  if (await fold.evaluate((element) => (element as HTMLDetailsElement).open)) return;
  await page.locator('details.all-logins > summary').click();
}

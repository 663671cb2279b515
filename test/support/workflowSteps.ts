import type { Page } from 'playwright-core';

/** Opens a workflow step the way a person does: its button in the step navigation. */
export async function openStep(page: Page, step: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Workflow steps' })
    .getByRole('button', { name: step, exact: true })
    .click();
}

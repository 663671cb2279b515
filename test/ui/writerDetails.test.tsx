// "Who is writing these?" is asked on Report only while the person's name or reply address is
// missing, and saving it answers it for every later case.
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppServicesProvider } from '../../renderer/ui/appServices';
import { NotebookDatabase } from '../../renderer/db/schema';
import { readSettings, updateSettings } from '../../renderer/db/settings';
import { WriterDetails } from '../../renderer/ui/reportStep/WriterDetails';
import type { NotebookApi } from '../../preload/api';
import type { ImportRunner } from '../../renderer/state/importRunner';

function renderBox(db: NotebookDatabase) {
  const services = { db, api: {} as NotebookApi, importRunner: {} as ImportRunner };
  return render(
    <AppServicesProvider services={services}>
      <WriterDetails />
    </AppServicesProvider>,
  );
}

describe("the writer's details on Report", () => {
  it('asks for a name and a reply address once, saves them, and then is gone', async () => {
    const db = new NotebookDatabase(`writer-test-${Math.random()}`);
    renderBox(db);
    const region = await screen.findByRole('region', { name: 'Who is writing these?' });
    const save = screen.getByRole('button', { name: 'Save my details' });
    expect(save).toBeDisabled();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your name'), 'Sam Admin');
    await user.type(screen.getByLabelText('Organisation'), 'Example Office');
    await user.type(screen.getByLabelText('Your e-mail address (for replies)'), 'sam@office.example');
    await user.click(save);
    await waitFor(() => expect(region).not.toBeInTheDocument());
    expect(await readSettings(db)).toMatchObject({
      name: 'Sam Admin',
      organisation: 'Example Office',
      email: 'sam@office.example',
    });
  });

  it('is not shown when the details are already set', async () => {
    const db = new NotebookDatabase(`writer-test-${Math.random()}`);
    await updateSettings(db, { name: 'Sam Admin', email: 'sam@office.example' });
    const { container } = renderBox(db);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(container).toBeEmptyDOMElement();
  });
});

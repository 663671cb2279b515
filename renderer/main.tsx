import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { AppServicesProvider } from './ui/appServices';
import { getNotebookApi } from './host/notebookApi';
import { openNotebookDatabase } from './db/schema';
import { discardInterruptedImports } from './db/queries';
import { createImportClient, startImportWorker } from './workers/importClient';
import { createImportRunner } from './state/importRunner';
import { sealCaseHead, signJournalHeadsWith } from './db/journalSeals';
import './ui/app.css';

async function start() {
  const api = await getNotebookApi();
  // Another window opened a newer schema: reloading picks up the new version instead of blocking it.
  const db = openNotebookDatabase(() => window.location.reload());
  await discardInterruptedImports(db);
  // Every journal head this page writes is signed by the host's installation key.
  signJournalHeadsWith(db, (head) => api.signJournalHead(head));
  // Ask the browser not to evict the cases under storage pressure; refusal is not an error.
  void navigator.storage?.persist?.().catch(() => false);
  const importRunner = createImportRunner(createImportClient(startImportWorker()), (caseId) => {
    void sealCaseHead(db, caseId, 'import');
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <AppServicesProvider services={{ db, api, importRunner }}>
        <App />
      </AppServicesProvider>
    </StrictMode>,
  );
}

void start();

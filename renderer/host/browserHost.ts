// The bridge contract implemented for a plain browser page: the same calls, done with what a
// page may do (fetch its own files, download a file instead of a save dialog).
import type { NotebookApi } from '../../preload/api';
import { version } from '../../package.json';
import sampleLogUrl from '../../assets/sample-auth.log?url';
import { lookUpAddressInPage } from './browserLookup';
import { resolveHostNameInPage } from './browserDns';
import { emlBytes } from '../core/report/emlMessage';
import { createBrowserJournalKey } from './browserJournalKey';

const signWithBrowserKey = createBrowserJournalKey();

export const browserHost: NotebookApi = {
  async getAppInfo() {
    return { name: 'Incident Notebook', version, host: 'browser' };
  },

  async loadSampleLog() {
    const response = await fetch(sampleLogUrl);
    if (!response.ok) throw new Error(`the sample log could not be read (HTTP ${response.status})`);
    return { name: 'sample-auth.log', bytes: new Uint8Array(await response.arrayBuffer()) };
  },

  async saveFile({ suggestedName, mimeType, bytes }) {
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = suggestedName;
    link.click();
    // The download has started by then; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true, path: suggestedName };
  },

  // RDAP with the page's fetch (see browserLookup.ts for the test override); no reverse DNS here.
  async lookUpAddress({ ip }) {
    return lookUpAddressInPage(ip);
  },

  // A page cannot ask DNS: an answer that says so, or the tests' fixture (browserDns.ts).
  async resolveHostName({ name }) {
    return resolveHostNameInPage(name);
  },

  // The same MIME writer as the desktop app and the command line (core/report/emlMessage.ts).
  async composeAbuseEmail(draft) {
    return emlBytes(draft, { now: Date.now() });
  },

  // A non-extractable WebCrypto key in this browser's IndexedDB (see browserJournalKey.ts).
  async signJournalHead(head) {
    return signWithBrowserKey(head);
  },
};

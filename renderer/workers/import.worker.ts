// The import worker's entry: it only dispatches messages (see importProtocol.ts).
import { openNotebookDatabase } from '../db/schema';
import { importFile } from './importFile';
import { sniffFileTimes } from './sniffFileTimes';
import { errorToData } from '../core/file/importProblem';
import type { ImportReply, ImportRequest } from './importProtocol';

// The DOM lib types `self` as a Window; in a dedicated worker it is this much simpler scope.
const scope = self as unknown as {
  postMessage(message: ImportReply): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};
const reply = (message: ImportReply) => scope.postMessage(message);
// A newer schema elsewhere closes this connection; the next import reopens after the page reloads.
const db = openNotebookDatabase(() => undefined);
const running = new Map<number, AbortController>();

scope.onmessage = async (message) => {
  const request = message.data;
  if (request.type === 'cancel') {
    running.get(request.seq)?.abort();
    return;
  }
  if (request.type === 'sniff') {
    reply({ type: 'sniffed', seq: request.seq, times: await sniffFileTimes(request.file, request.formatId) });
    return;
  }
  const controller = new AbortController();
  running.set(request.seq, controller);
  try {
    const result = await importFile(
      db,
      request,
      (progress) => reply({ type: 'progress', seq: request.seq, ...progress }),
      controller.signal,
    );
    reply({ type: 'done', seq: request.seq, ...result });
  } catch (error) {
    if (controller.signal.aborted) reply({ type: 'cancelled', seq: request.seq });
    else reply({ type: 'failed', seq: request.seq, error: errorToData(error) });
  } finally {
    running.delete(request.seq);
  }
};

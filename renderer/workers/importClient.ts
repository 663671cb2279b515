// The page's side of the import worker: start an import, follow its progress, cancel it.
import type { ImportProgress, ImportReply, ImportRequest } from './importProtocol';
import type { ImportFileRequest, ImportFileResult } from './importFile';
import { ImportCancelled, errorFromData } from './importProblem';

export type RunningImport = { result: Promise<ImportFileResult>; cancel(): void };

export type ImportClient = {
  start(
    request: ImportFileRequest & { file: File },
    onProgress: (progress: ImportProgress) => void,
  ): RunningImport;
};

type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener'>;

export function createImportClient(worker: WorkerLike): ImportClient {
  let nextSeq = 1;
  return {
    start(request, onProgress) {
      const seq = nextSeq++;
      const result = new Promise<ImportFileResult>((resolve, reject) => {
        const listen = (event: MessageEvent<ImportReply>) => {
          const reply = event.data;
          if (reply.seq !== seq) return;
          if (reply.type === 'progress') return onProgress(reply);
          worker.removeEventListener('message', listen as EventListener);
          if (reply.type === 'done') resolve({ evidenceId: reply.evidenceId, summary: reply.summary });
          else if (reply.type === 'cancelled')
            reject(new ImportCancelled('Import cancelled: nothing from this file was kept.'));
          else reject(errorFromData(reply.error));
        };
        worker.addEventListener('message', listen as EventListener);
      });
      const message: ImportRequest = { type: 'import', seq, ...request };
      worker.postMessage(message);
      return { result, cancel: () => worker.postMessage({ type: 'cancel', seq } satisfies ImportRequest) };
    },
  };
}

/** The real worker, bundled by Vite as a module worker. */
export function startImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
}

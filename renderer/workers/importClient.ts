// The page's side of the import worker: look at a file's first lines, start an import, follow its
// progress, cancel it.
import type { ImportProgress, ImportReply, ImportRequest } from './importProtocol';
import type { ImportFileRequest, ImportFileResult } from './importFile';
import type { FileTimes } from './sniffFileTimes';
import { ImportCancelled, errorFromData } from '../core/file/importProblem';

export type RunningImport = { result: Promise<ImportFileResult>; cancel(): void };

export type ImportClient = {
  /** What the file's first lines say about its times; never rejects for a bad file (see `problem`). */
  sniff(file: File, formatId?: string): Promise<FileTimes>;
  start(
    request: ImportFileRequest & { file: File },
    onProgress: (progress: ImportProgress) => void,
  ): RunningImport;
};

type WorkerLike = Pick<Worker, 'postMessage' | 'addEventListener' | 'removeEventListener'>;

export function createImportClient(worker: WorkerLike): ImportClient {
  let nextSeq = 1;
  /** Follows the replies to request `seq` until `settle` returns true. */
  const follow = (seq: number, settle: (reply: ImportReply) => boolean) => {
    const listen = (event: MessageEvent<ImportReply>) => {
      if (event.data.seq !== seq) return;
      if (settle(event.data)) worker.removeEventListener('message', listen as EventListener);
    };
    worker.addEventListener('message', listen as EventListener);
  };
  return {
    sniff(file, formatId) {
      const seq = nextSeq++;
      const times = new Promise<FileTimes>((resolve, reject) =>
        follow(seq, (reply) => {
          if (reply.type === 'sniffed') resolve(reply.times);
          else if (reply.type === 'failed') reject(errorFromData(reply.error));
          else return false;
          return true;
        }),
      );
      worker.postMessage({ type: 'sniff', seq, file, formatId } satisfies ImportRequest);
      return times;
    },
    start(request, onProgress) {
      const seq = nextSeq++;
      const result = new Promise<ImportFileResult>((resolve, reject) =>
        follow(seq, (reply) => {
          if (reply.type === 'progress') {
            onProgress(reply);
            return false;
          }
          if (reply.type === 'done') resolve({ evidenceId: reply.evidenceId, summary: reply.summary });
          else if (reply.type === 'cancelled')
            reject(new ImportCancelled('Import cancelled: nothing from this file was kept.'));
          else if (reply.type === 'failed') reject(errorFromData(reply.error));
          else return false;
          return true;
        }),
      );
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

// An ImportClient that runs the real import in-process instead of in a Worker, for component
// tests under jsdom (which has no workers).
import { File as NodeFile } from 'node:buffer';
import type { NotebookDatabase } from '../../renderer/db/schema';
import type { ImportClient } from '../../renderer/workers/importClient';
import { importFile } from '../../renderer/workers/importFile';
import { sniffFileTimes } from '../../renderer/workers/sniffFileTimes';

/** jsdom's File cannot stream; Node's can, with the same bytes and the same modification date. */
async function streamable(file: File): Promise<File> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new NodeFile([bytes], file.name, { lastModified: file.lastModified }) as unknown as File;
}

export function inProcessImportClient(db: NotebookDatabase): ImportClient {
  return {
    sniff: async (file, formatId) => sniffFileTimes(await streamable(file), formatId),
    start(request, onProgress) {
      const controller = new AbortController();
      const result = (async () => {
        const file = await streamable(request.file);
        return importFile(db, { ...request, file }, onProgress, controller.signal);
      })();
      return { result, cancel: () => controller.abort() };
    },
  };
}

// An ImportClient that runs the real import in-process instead of in a Worker, for component
// tests under jsdom (which has no workers).
import { File as NodeFile } from 'node:buffer';
import type { NotebookDatabase } from '../../renderer/db/schema';
import type { ImportClient } from '../../renderer/workers/importClient';
import { importFile } from '../../renderer/workers/importFile';

export function inProcessImportClient(db: NotebookDatabase): ImportClient {
  return {
    start(request, onProgress) {
      const controller = new AbortController();
      const result = (async () => {
        // jsdom's File cannot stream; Node's can, with the same bytes.
        const bytes = new Uint8Array(await request.file.arrayBuffer());
        const file = new NodeFile([bytes], request.file.name) as unknown as File;
        return importFile(db, { ...request, file }, onProgress, controller.signal);
      })();
      return { result, cancel: () => controller.abort() };
    },
  };
}

// Streams one evidence file into the database: hash, detect, parse, then write everything the
// analysis found in one transaction. Runs in the import worker (and in tests with fake-indexeddb).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { createLogAnalyzer, type FileSummary } from '../core/analysis/logAnalyzer';
import { detectFormat, formatById } from '../core/logs/formatRegistry';
import type { TimeAssumptions, LogFormat } from '../core/logs/logFormat';
import type { NotebookDatabase } from '../db/schema';
import { discardEvidence, findEvidenceByHash } from '../db/queries';
import { appendJournalEntry } from '../db/journal';
import { ImportCancelled, ImportProblem } from './importProblem';
import { firstLines, refuseBinary } from './fileSniffer';
import type { ImportProgress } from './importProtocol';

export type ImportFileRequest = {
  caseId: number;
  file: Blob & { name: string };
  formatId?: string;
  time: TimeAssumptions;
};

export type ImportFileResult = { evidenceId: number; summary: FileSummary };

/** Progress at most this often: enough for a smooth bar, cheap for the page. */
const progressIntervalMs = 100;

function chooseFormat(request: ImportFileRequest, firstText: string): LogFormat {
  if (request.formatId) {
    const chosen = formatById(request.formatId);
    if (!chosen) throw new ImportProblem(`Unknown log format "${request.formatId}".`);
    return chosen;
  }
  const detected = detectFormat(firstLines(firstText));
  if (!detected) {
    throw new ImportProblem(
      `"${request.file.name}" does not look like a log this app can read yet. ` +
        'It reads OpenSSH logs such as /var/log/auth.log or /var/log/secure.',
    );
  }
  return detected;
}

export async function importFile(
  db: NotebookDatabase,
  request: ImportFileRequest,
  onProgress: (progress: ImportProgress) => void,
  signal: AbortSignal,
  now: () => number = Date.now,
): Promise<ImportFileResult> {
  const { file, caseId, time } = request;
  if (file.size === 0) {
    throw new ImportProblem(
      `"${file.name}" is empty: there is nothing to import. Check that you chose the right file.`,
    );
  }
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8'); // invalid bytes become U+FFFD, never an exception
  const hash = sha256.create();

  const first = await reader.read();
  const firstBlock = first.value ?? new Uint8Array();
  refuseBinary(firstBlock, file.name);
  const firstText = decoder.decode(firstBlock, { stream: true });
  const format = chooseFormat(request, firstText);

  const evidenceId = await db.evidence.add({
    caseId,
    name: file.name,
    size: file.size,
    sha256: '',
    importedAt: now(),
    formatId: format.id,
    formatLabel: format.label,
    timeZone: time.timeZone,
    year: time.year,
    lines: 0,
    events: 0,
    unrecognized: 0,
    unrecognizedSample: [],
    status: 'importing',
  });

  try {
    const analyzer = createLogAnalyzer({ file: file.name, format, time });
    hash.update(firstBlock);
    analyzer.push(firstText);
    let bytesRead = firstBlock.length;
    let lastProgress = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      if (signal.aborted) throw new ImportCancelled('Import cancelled: nothing from this file was kept.');
      hash.update(chunk.value);
      analyzer.push(decoder.decode(chunk.value, { stream: true }));
      bytesRead += chunk.value.length;
      if (now() - lastProgress >= progressIntervalMs) {
        lastProgress = now();
        onProgress({ bytesRead, totalBytes: file.size, linesRead: analyzer.linesRead() });
      }
    }
    if (signal.aborted) throw new ImportCancelled('Import cancelled: nothing from this file was kept.');
    analyzer.push(decoder.decode());
    const analysis = analyzer.finish();
    onProgress({ bytesRead, totalBytes: file.size, linesRead: analysis.summary.lines });

    const fileHash = bytesToHex(hash.digest());
    const earlier = await findEvidenceByHash(db, caseId, fileHash);
    if (earlier) {
      throw new ImportProblem(
        `"${file.name}" is already in this case (imported as "${earlier.name}"; same SHA-256). Nothing was added.`,
      );
    }

    const perEvidence = { caseId, evidenceId };
    await db.transaction(
      'rw',
      [db.evidence, db.attackSources, db.logins, db.notableEvents, db.cases],
      async () => {
        await db.attackSources.bulkAdd(analysis.sources.map((source) => ({ ...source, ...perEvidence })));
        await db.logins.bulkAdd(analysis.logins.map((login) => ({ ...login, ...perEvidence })));
        await db.notableEvents.bulkAdd(analysis.notableEvents.map((event) => ({ ...event, ...perEvidence })));
        await db.evidence.update(evidenceId, {
          sha256: fileHash,
          lines: analysis.summary.lines,
          events: analysis.summary.events,
          unrecognized: analysis.summary.unrecognized,
          unrecognizedSample: analysis.summary.unrecognizedSample,
          status: 'complete',
        });
        await db.cases.update(caseId, { updatedAt: now() });
      },
    );
    return { evidenceId, summary: analysis.summary };
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await discardEvidence(db, evidenceId);
    throw error;
  }
}

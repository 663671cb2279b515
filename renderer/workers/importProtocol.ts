// Messages between the page and the import worker: one discriminated union each way, every
// request numbered so replies can be matched. Errors cross as data ({ name, message }) and the
// page turns them back into Errors. Check both sides (importClient.ts, import.worker.ts) when
// changing a message.
import type { TimeAssumptions } from '../core/logs/logFormat';
import type { FileSummary } from '../core/analysis/logAnalyzer';
import type { FileTimes } from './sniffFileTimes';

export type ImportRequest =
  | {
      type: 'import';
      seq: number;
      caseId: number;
      file: File;
      /** Leave out to detect the format from the file's first lines. */
      formatId?: string;
      time: TimeAssumptions;
      /** Read a damaged .gz up to its damage: the person chose it after the refusal. */
      acceptDamaged?: boolean;
    }
  /** A look at the first lines only: does the import need a year or a zone for this file? */
  | { type: 'sniff'; seq: number; file: File; formatId?: string }
  | { type: 'cancel'; seq: number };

export type ImportProgress = { bytesRead: number; totalBytes: number; linesRead: number };

export type ImportReply =
  | ({ type: 'progress'; seq: number } & ImportProgress)
  | { type: 'done'; seq: number; evidenceId: number; summary: FileSummary }
  | { type: 'sniffed'; seq: number; times: FileTimes }
  | { type: 'failed'; seq: number; error: { name: string; message: string } }
  | { type: 'cancelled'; seq: number };

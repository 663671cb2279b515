// A case's identity: random, made once with the case, never shown as a title and never reused.
// Journal entries hash it (core/journal/journalChain.ts), so it must stay the same for the life of
// the case, through renames and restores on other computers.
import type { Table } from 'dexie';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import type { CaseRecord } from './schema';

/** 128 random bits as 32 hex digits. */
export function newCaseKey(): string {
  return bytesToHex(randomBytes(16));
}

/** Data migration for schema v10: every case made before gets its identity. No hash changes. */
export async function giveEachCaseAnIdentity(cases: Table<CaseRecord, number>): Promise<number> {
  let given = 0;
  await cases.toCollection().modify((incidentCase) => {
    if (incidentCase.caseKey) return;
    incidentCase.caseKey = newCaseKey();
    given += 1;
  });
  return given;
}

// File names that say case and date, and the hash that goes into the journal with an export.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { dateForFileName } from '../../core/report/reportTime';

export function caseFileStem(caseTitle: string, now = Date.now()): string {
  const slug = caseTitle
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .toLowerCase();
  return `${slug || 'case'}-${dateForFileName(now)}`;
}

export const sha256Hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

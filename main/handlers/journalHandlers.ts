// The one bridge method that uses this installation's journal key: it signs a journal head and
// nothing else. The page names the head; main builds the signed message itself (headMessage), so
// the page can never have arbitrary bytes signed.
import { z } from 'zod';
import type { NotebookApi } from '../../preload/api';
import { caseKeyPattern, hashPattern } from '../../renderer/core/journal/journalHead';
import type { InstallationKey } from '../journal/installationKey';

export const signJournalHeadArgs = z.tuple([
  z.strictObject({
    caseKey: z.string().regex(caseKeyPattern, 'must be a case identity (32 hex digits)'),
    seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    hash: z.string().regex(hashPattern, 'must be a SHA-256 in hex'),
  }),
]);

export function createSignJournalHead(key: InstallationKey | undefined): NotebookApi['signJournalHead'] {
  return async (head) => {
    if (!key) throw new Error('this installation has no journal key');
    return key.sign(head);
  };
}

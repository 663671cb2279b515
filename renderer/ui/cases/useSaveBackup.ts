// Saves a backup of some cases through the bridge (a save dialog, or a download in the browser
// host) and journals it in each case with the file's SHA-256.
import { useServices } from '../appServices';
import { backupFileName, exportCasesToBackup } from '../../db/backupFile';
import { recordBackupSaved, sha256OfBytes, signBackupHeads } from '../../db/backupRecord';
import { headCode } from '../../core/journal/journalHead';
import { usePersonSettings } from '../settings/usePersonSettings';

export function useSaveBackup(): (caseIds: readonly number[], label: string) => Promise<string> {
  const { db, api } = useServices();
  const { name } = usePersonSettings();
  return async (caseIds, label) => {
    try {
      // Each case's head is signed first, so the file carries it (see backupRecord.ts).
      const heads = await signBackupHeads(db, caseIds);
      const bytes = new Uint8Array(await (await exportCasesToBackup(db, caseIds)).arrayBuffer());
      const fileName = backupFileName(label);
      const result = await api.saveFile({ suggestedName: fileName, mimeType: 'application/json', bytes });
      if (!result.saved) return 'The backup was not saved.';
      await recordBackupSaved(
        db,
        caseIds,
        { fileName, sha256: sha256OfBytes(bytes), size: bytes.length },
        name,
        heads,
      );
      const code = heads.length === 1 && heads[0] ? ` Its journal check code is ${headCode(heads[0])}.` : '';
      return `Backup saved as ${result.path}. Keep it somewhere other than this computer.${code}`;
    } catch (error) {
      return `The backup could not be made: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
}

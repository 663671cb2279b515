// A stored evidence row for database tests that need one but do not import a real file.
import type { EvidenceRecord } from '../../renderer/db/schema';

export function evidenceRecord(
  caseId: number,
  fields: Partial<Omit<EvidenceRecord, 'id' | 'caseId'>> = {},
): Omit<EvidenceRecord, 'id'> {
  return {
    caseId,
    name: 'auth.log',
    size: 1,
    sha256: 'ab',
    importedAt: 1,
    formatId: 'openssh',
    formatLabel: 'OpenSSH',
    timeZone: 'UTC',
    year: 2026,
    lines: 1,
    events: 1,
    unrecognized: 0,
    unrecognizedSample: [],
    status: 'complete',
    ...fields,
  };
}

// Schema v9: evidence imported before a log's own year was told apart from an assumed one. Logs
// that write the year but not the zone (fail2ban, web server error logs, Logwatch, Windows CSV)
// were recorded with the year the person typed or the file's date, which their stamps never used;
// they now say 'in-log'. (An auth.log with RFC 3339 stamps cannot be told from its format alone:
// it keeps what it had.)
import type { Table } from 'dexie';
import { logFormats } from '../core/logs/formatRegistry';
import { sshdFormat } from '../core/logs/sshd';
import type { EvidenceRecord } from './schema';

/** Formats whose stamps carry the year but not the zone. */
const yearInLogFormats: ReadonlySet<string> = new Set(
  logFormats.filter((format) => !format.carriesOwnTime && format !== sshdFormat).map((format) => format.id),
);

export async function markYearsWrittenInLogs(evidence: Table<EvidenceRecord, number>): Promise<void> {
  await evidence.toCollection().modify((record) => {
    if (record.yearSource !== undefined && yearInLogFormats.has(record.formatId))
      record.yearSource = 'in-log';
  });
}

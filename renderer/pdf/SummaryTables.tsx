/** @jsxRuntime automatic */
// The PDF's tables: top sources, the journal, the evidence. Cells hold text only.
import { Text, View } from '@react-pdf/renderer';
import { utcStamp } from '../core/report/reportTime';
import { plainText } from '../core/report/plainText';
import { pdfStyles } from './pdfStyles';
import { groupLongHex, hexGroups } from '../core/report/hexGroups';
import type { EvidenceRow, JournalRow, TopSourceRow } from '../core/report/summaryReport';

type Column<Row> = { title: string; width: string; cell: (row: Row) => string; mono?: boolean };

function Table<Row>({
  columns,
  rows,
  empty,
}: {
  columns: Column<Row>[];
  rows: readonly Row[];
  empty: string;
}) {
  if (rows.length === 0) return <Text style={pdfStyles.paragraph}>{empty}</Text>;
  return (
    <View style={pdfStyles.table}>
      <View style={pdfStyles.headerRow} wrap={false} minPresenceAhead={30}>
        {columns.map((column) => (
          <Text key={column.title} style={[pdfStyles.cell, { width: column.width }]}>
            {column.title}
          </Text>
        ))}
      </View>
      {rows.map((row, index) => (
        <View key={index} style={pdfStyles.row} wrap={false}>
          {columns.map((column) => (
            <Text
              key={column.title}
              style={[pdfStyles.cell, { width: column.width }, ...(column.mono ? [pdfStyles.mono] : [])]}
            >
              {plainText(column.cell(row))}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

const count = (value: number) => value.toLocaleString('en-US');

export function TopSourcesTable({ rows }: { rows: readonly TopSourceRow[] }) {
  return (
    <Table
      rows={rows}
      empty="No address failed to log in."
      columns={[
        { title: 'Address', width: '27%', cell: (row) => row.ip, mono: true },
        { title: 'Attempts', width: '11%', cell: (row) => count(row.attempts) },
        { title: 'Names', width: '9%', cell: (row) => count(row.users) },
        { title: 'Owner', width: '27%', cell: (row) => row.owner },
        {
          title: 'Where',
          width: '9%',
          cell: (row) => (row.scope === 'public' ? row.country || '—' : 'internal'),
        },
        { title: 'Last seen (UTC)', width: '17%', cell: (row) => utcStamp(row.lastSeen).slice(5, 16) },
      ]}
    />
  );
}

export function JournalTable({ rows }: { rows: readonly JournalRow[] }) {
  return (
    <Table
      rows={rows}
      empty="The journal has no entries."
      columns={[
        { title: '#', width: '6%', cell: (row) => String(row.seq) },
        { title: 'When (UTC)', width: '20%', cell: (row) => utcStamp(row.occurredAt).slice(0, 16) },
        { title: 'Kind', width: '12%', cell: (row) => row.kind },
        {
          title: 'What',
          width: '62%',
          // A person's own entry says whose words it is; the app's entries are the app's.
          // A fingerprint in an entry is grouped, or it runs off the page (it has no space to break at).
          cell: (row) =>
            groupLongHex(
              `${row.summary}${row.author === 'person' ? ` (noted by ${row.authorName || 'the case handler'})` : ''}`,
            ),
        },
      ]}
    />
  );
}

export function EvidenceTable({ rows }: { rows: readonly EvidenceRow[] }) {
  return (
    <Table
      rows={rows}
      empty="No evidence files."
      columns={[
        { title: 'File', width: '30%', cell: (row) => row.name },
        { title: 'Size', width: '14%', cell: (row) => `${count(row.size)} bytes` },
        // Groups of eight, so the fingerprint wraps between groups rather than off the page.
        {
          title: 'SHA-256',
          width: '56%',
          cell: (row) => hexGroups(row.sha256),
          mono: true,
        },
      ]}
    />
  );
}

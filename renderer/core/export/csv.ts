// CSV that is safe to open in a spreadsheet. Attackers choose the user names that end up in
// logs; a cell starting with = + - @ (or a tab or carriage return before one) is run as a
// formula by Excel and LibreOffice (CSV injection, OWASP). Such a cell is prefixed with an
// apostrophe, so it is shown as the text it is; every cell is quoted, quotes doubled.

const formulaStart = /^[=+\-@\t\r]/;

/** One cell as inert text. Numbers pass through unchanged (a negative number is not a formula). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'number' || typeof value === 'boolean') return `"${String(value)}"`;
  const text = formulaStart.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows joined with CRLF (RFC 4180), with a header row. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(',')).join('\r\n') + '\r\n';
}

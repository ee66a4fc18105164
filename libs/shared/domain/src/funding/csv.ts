/**
 * CSV files as French Excel opens them with a double click: UTF-8 with a byte order mark, `;` between cells, CRLF
 * line ends, dates `dd/mm/yyyy`. A cell holding `;`, `"` or a line break is quoted (inner quotes doubled).
 */
import { formatIsoDateFr } from '../format';

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\ufeff';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';

/**
 * One cell: `null`/`undefined` → empty, booleans → `Oui`/`Non`, numbers as written. A text starting with `=`, `+`,
 * `-` or `@` gets a leading apostrophe, so that a spreadsheet shows it instead of running it as a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An ISO date as a CSV cell: `dd/mm/yyyy`, empty when there is none. */
export function csvDate(iso: string | null | undefined): string {
  return iso ? formatIsoDateFr(iso) : '';
}

/** The whole file: BOM, header line, one line per row, each line ended by CRLF. */
export function buildCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
  return CSV_BOM + line(header) + rows.map(line).join('');
}

/** Reads back what `buildCsv` writes (tests, imports): lines of cells, quotes undone, BOM dropped. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const lines: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === CSV_SEPARATOR) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      cells.push(cell);
      lines.push(cells);
      cells = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    lines.push(cells);
  }
  return lines;
}

import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import { decode } from 'iconv-lite';
import { IMPORT_MAX_ROWS } from '@tremplin/domain';
import { BadUserInputError } from '../../core/errors/app-errors';

/** A spreadsheet as read: its header line and its rows, every cell as text (docs/adr/0010-caseload-import.md). */
export interface Sheet {
  format: 'CSV' | 'XLSX';
  /** CSV only: how its bytes were read. */
  encoding: 'UTF-8' | 'Windows-1252' | null;
  /** CSV only: the cell separator found. */
  delimiter: string | null;
  headers: string[];
  /** One array per data row (the header line excluded), as long as `headers`; `line` is its line in the file. */
  rows: { line: number; cells: string[] }[];
}

const fileError = (message: string) => new BadUserInputError([{ field: 'file', message }]);

/**
 * The text of a CSV file: UTF-8 (with or without its byte order mark) when its bytes are valid UTF-8, else
 * Windows-1252 — what Excel for Windows writes with « CSV (séparateur : point-virgule) ». Windows-1252 is decoded by
 * iconv-lite: Node 20's `TextDecoder('windows-1252')` decodes as Latin-1, turning « ’ » (0x92) and « € » (0x80) into
 * control characters.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: decode(Buffer.from(body), 'win1252'), encoding: 'Windows-1252' };
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (`;` when tied). */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  return counts.reduce((best, c) => (c.n > best.n ? c : best)).d;
}

/** Drops trailing empty cells and empty rows; pads every row to the header's width. */
function shape(format: Sheet['format'], lines: { line: number; cells: string[] }[], extra: Partial<Sheet>): Sheet {
  const filled = lines.filter((l) => l.cells.some((c) => c.trim() !== ''));
  if (!filled.length)
    throw fileError('Le fichier est vide : il doit commencer par une ligne d’en-têtes (Nom, Prénom…).');
  const [head, ...rows] = filled;
  const headers = head.cells.map((h) => h.trim());
  while (headers.length && headers[headers.length - 1] === '') headers.pop();
  if (!rows.length) throw fileError('Le fichier n’a pas de ligne de données sous ses en-têtes : rien à importer.');
  if (rows.length > IMPORT_MAX_ROWS)
    throw fileError(
      `Le fichier compte ${rows.length} lignes ; un import en prend ${IMPORT_MAX_ROWS} au plus : découpez-le en plusieurs fichiers.`,
    );
  const width = headers.length;
  return {
    format,
    encoding: null,
    delimiter: null,
    ...extra,
    headers,
    rows: rows.map((r) => ({
      line: r.line,
      cells: Array.from({ length: width }, (_, i) => (r.cells[i] ?? '').trim()),
    })),
  };
}

export function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw fileError(
      `Le fichier CSV est mal formé${line ? ` vers la ligne ${line}` : ''} (guillemet non fermé ?) : ouvrez-le dans votre tableur et enregistrez-le de nouveau au format CSV.`,
    );
  }
  return shape(
    'CSV',
    records.map((r) => ({ line: r.info.lines, cells: r.record })),
    { encoding, delimiter },
  );
}

/** A cell of a workbook as text: dates `dd/mm/yyyy`, numbers as written (Excel serial days stay numbers). */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = value;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return '';
}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  // Loaded on the first .xlsx read, not with the application: exceljs alone takes about a second to load.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileError(
      'Ce fichier .xlsx ne peut pas être lu : ouvrez-le dans votre tableur et enregistrez-le de nouveau.',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileError('Le classeur n’a aucune feuille : rien à importer.');
  const lines: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values = row.values as CellValue[];
    lines.push({
      line,
      cells: Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1])),
    });
  });
  return shape('XLSX', lines, {});
}

/** A CSV or an .xlsx file, told apart by its first bytes (an .xlsx is a ZIP archive: `PK\x03\x04`). */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Sheet> {
  if (!bytes.length) throw fileError('Le fichier est vide : choisissez le fichier de votre tableur (CSV ou .xlsx).');
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip) return readXlsx(bytes);
  if (bytes.subarray(0, 8).includes(0))
    throw fileError(
      'Ce fichier n’est ni un CSV ni un classeur .xlsx : enregistrez votre tableur dans l’un de ces formats.',
    );
  return readCsv(bytes);
}

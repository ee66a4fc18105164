import { Workbook } from 'exceljs';
import { convertRow } from './import-rows';
import { decodeCsv, detectDelimiter, readCsv, readSpreadsheet } from './spreadsheet';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('CSV files as French spreadsheets write them', () => {
  it('reads `;` and `,` separated files, a quoted cell holding the other separator', () => {
    expect(readCsv(bytes('Nom;Prénom\r\n"Dupont; fils";Jean\r\n'))).toMatchObject({
      delimiter: ';',
      headers: ['Nom', 'Prénom'],
      rows: [{ line: 2, cells: ['Dupont; fils', 'Jean'] }],
    });
    expect(readCsv(bytes('Nom,Prénom\n"Martin, Paul",Jean\n'))).toMatchObject({
      delimiter: ',',
      rows: [{ cells: ['Martin, Paul', 'Jean'] }],
    });
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
  });

  it('reads UTF-8 with and without its byte order mark', () => {
    const withBom = readCsv(bytes([0xef, 0xbb, 0xbf], 'Prénom;Nom\nÉlodie;Lefèvre\n'));
    expect(withBom).toMatchObject({
      encoding: 'UTF-8',
      headers: ['Prénom', 'Nom'],
      rows: [{ cells: ['Élodie', 'Lefèvre'] }],
    });
    expect(readCsv(bytes('Prénom;Nom\nÉlodie;Lefèvre\n'))).toMatchObject({
      encoding: 'UTF-8',
      headers: ['Prénom', 'Nom'],
    });
  });

  it('reads Windows-1252 (« é » is the single byte 0xE9, « ’ » 0x92)', () => {
    const file = Buffer.from([
      ...Buffer.from('Pr', 'latin1'),
      0xe9,
      ...Buffer.from('nom;Type de contrat\r\nH', 'latin1'),
      0xe9,
      ...Buffer.from('l', 'latin1'),
      0xe8,
      ...Buffer.from('ne;CDD d', 'latin1'),
      0x92,
      ...Buffer.from('usage\r\n', 'latin1'),
    ]);
    expect(decodeCsv(file).encoding).toBe('Windows-1252');
    expect(readCsv(file)).toMatchObject({
      headers: ['Prénom', 'Type de contrat'],
      rows: [{ cells: ['Hélène', 'CDD d’usage'] }],
    });
  });

  it('skips empty lines, pads short rows, refuses an empty file or one without data', async () => {
    expect(readCsv(bytes('Nom;Prénom;Ville\n\nMartin;Paul\n;;\n')).rows).toEqual([
      { line: 3, cells: ['Martin', 'Paul', ''] },
    ]);
    await expect(readSpreadsheet(Buffer.alloc(0))).rejects.toThrow('Le fichier est vide');
    await expect(readSpreadsheet(bytes('Nom;Prénom\n'))).rejects.toThrow('pas de ligne de données');
  });

  it('reads dd/mm/yyyy dates of a CSV row into the form’s days', () => {
    const sheet = readCsv(bytes('Nom;Prénom;Date de naissance\nMartin;Paul;14/03/1988\n'));
    const row = convertRow(sheet.headers, ['LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE'] as never, sheet.rows[0], {
      excelSerial: false,
      today: '2026-12-06',
    });
    expect(row.problems).toEqual([]);
    expect(row.person.birthDate).toBe('1988-03-14');
  });
});

describe('.xlsx workbooks', () => {
  const workbook = async (rows: unknown[][]) => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Suivi');
    for (const r of rows) ws.addRow(r);
    return Buffer.from(await wb.xlsx.writeBuffer());
  };

  it('reads date cells and Excel serial numbers as days', async () => {
    const file = await workbook([
      ['Nom', 'Prénom', 'Date de naissance', 'Début contrat', 'Heures hebdo'],
      ['Martin', 'Paul', new Date(Date.UTC(1988, 2, 14)), 46235, 26],
    ]);
    const sheet = await readSpreadsheet(file);
    expect(sheet).toMatchObject({
      format: 'XLSX',
      headers: ['Nom', 'Prénom', 'Date de naissance', 'Début contrat', 'Heures hebdo'],
    });
    expect(sheet.rows[0].cells).toEqual(['Martin', 'Paul', '14/03/1988', '46235', '26']);
    const row = convertRow(
      sheet.headers,
      ['LAST_NAME', 'FIRST_NAME', 'BIRTH_DATE', 'CONTRACT_START', 'WEEKLY_HOURS'] as never,
      sheet.rows[0],
      { excelSerial: true, today: '2026-12-06' },
    );
    expect(row.person.birthDate).toBe('1988-03-14');
    // 46235 is Excel's serial day for 2026-08-01.
    expect(row.contract?.startDate).toBe('2026-08-01');
    expect(row.contract?.weeklyMinutes).toBe(26 * 60);
  });

  it('refuses a file that is neither CSV nor .xlsx', async () => {
    await expect(readSpreadsheet(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).rejects.toThrow(
      'ni un CSV ni un classeur .xlsx',
    );
  });
});

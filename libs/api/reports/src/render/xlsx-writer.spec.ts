import { inflateRawSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import { columnLetter, writeXlsx, xmlText } from './xlsx-writer';
import { crc32, zip } from './zip-writer';

describe('zip writer', () => {
  it('computes the CRC-32 of ZIP (IEEE) — the check value of « 123456789 » is CBF43926', () => {
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('stores each entry deflated under its name, the same bytes for the same entries', () => {
    const when = new Date(Date.UTC(2026, 2, 12, 10, 42, 30));
    const a = zip([{ name: 'a/é.txt', data: 'Bonjour « Tremplin »' }], when);
    expect(a.equals(zip([{ name: 'a/é.txt', data: 'Bonjour « Tremplin »' }], when))).toBe(true);
    expect(a.readUInt32LE(0)).toBe(0x04034b50);
    const nameLength = a.readUInt16LE(26);
    expect(a.subarray(30, 30 + nameLength).toString('utf8')).toBe('a/é.txt');
    const packed = a.subarray(30 + nameLength, 30 + nameLength + a.readUInt32LE(18));
    expect(inflateRawSync(packed).toString('utf8')).toBe('Bonjour « Tremplin »');
    expect(a.readUInt32LE(14)).toBe(crc32(Buffer.from('Bonjour « Tremplin »')));
  });
});

describe('xlsx writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes XML and drops the characters XML cannot hold', () => {
    expect(xmlText('a < b & c > "d"\u0001\u000b')).toBe('a &lt; b &amp; c &gt; &quot;d&quot;');
  });

  it('writes a workbook exceljs reads back: texts, numbers with formats, dates, styles, frozen header, filter', async () => {
    const data = writeXlsx({
      title: 'Rapport <FSE+>',
      subject: 'Convention',
      creator: 'Tremplin',
      created: new Date(Date.UTC(2026, 2, 12)),
      sheets: [
        {
          name: 'Données & « tests »',
          header: ['Texte', 'Montant', 'Date'],
          headerStyle: { bold: true, fill: 'FFE8ECF3' },
          columns: [
            { width: 30 },
            { width: 12, style: { numFmt: '#,##0.00" €"' } },
            { width: 12, style: { numFmt: 'dd/mm/yyyy' } },
          ],
          rows: [
            ['  O’Brien <Éloïse> & fils ', 1234.5, new Date(Date.UTC(2026, 1, 3))],
            [null, { value: 0.625, style: { numFmt: '0.0%' } }, null],
          ],
        },
        {
          name: 'Paramètres',
          header: ['Paramètre', 'Valeur'],
          headerStyle: { bold: true },
          filterable: false,
          columns: [],
          rows: [['a', 'b']],
        },
      ],
    });
    const wb = new Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    expect(wb.title).toBe('Rapport <FSE+>');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Données & « tests »', 'Paramètres']);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, 'Texte', 'Montant', 'Date']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:C3');
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getCell('A2').value).toBe('  O’Brien <Éloïse> & fils ');
    expect(sheet.getCell('B2').value).toBe(1234.5);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00" €"');
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2026, 1, 3)));
    expect(sheet.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('A3').value).toBeNull();
    expect(sheet.getCell('B3').value).toBe(0.625);
    expect(sheet.getCell('B3').numFmt).toBe('0.0%');
    expect(sheet.actualRowCount).toBe(3);
    const params = wb.worksheets[1];
    expect(params.views[0]?.state).not.toBe('frozen');
    expect(params.autoFilter).toBeFalsy();
    expect(params.getCell('B2').value).toBe('b');
  });
});

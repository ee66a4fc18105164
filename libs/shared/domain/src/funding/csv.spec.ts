import { buildCsv, csvCell, csvDate, parseCsv } from './csv';

describe('CSV for French Excel', () => {
  it('starts with a BOM, separates cells with ; and ends every line with CRLF', () => {
    expect(
      buildCsv(
        ['Nom', 'Heures'],
        [
          ['Martin', 7],
          ['Durand', null],
        ],
      ),
    ).toBe('\ufeffNom;Heures\r\nMartin;7\r\nDurand;\r\n');
    expect(buildCsv(['Seul'], [])).toBe('\ufeffSeul\r\n');
  });

  it('quotes cells holding ;, " or a line break, doubling inner quotes', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit "bonjour"')).toBe('"dit ""bonjour"""');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('retour\r')).toBe('"retour\r"');
    expect(csvCell('simple, virgule')).toBe('simple, virgule');
  });

  it('writes booleans as Oui/Non, nothing as empty, dates as dd/mm/yyyy', () => {
    expect(csvCell(true)).toBe('Oui');
    expect(csvCell(false)).toBe('Non');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvDate('2026-03-09')).toBe('09/03/2026');
    expect(csvDate(null)).toBe('');
  });

  it('keeps a spreadsheet from running a text as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SOMME(A1)')).toBe("'@SOMME(A1)");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
  });

  it('reads back what it writes', () => {
    const rows = [
      ['Dupont; fils', 'dit "Jo"', 'ligne 1\r\nligne 2', ''],
      ['Ève', 'Œuvre', '', 'fin'],
    ];
    expect(parseCsv(buildCsv(['a', 'b', 'c', 'd'], rows))).toEqual([['a', 'b', 'c', 'd'], ...rows]);
  });
});

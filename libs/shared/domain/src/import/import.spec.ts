import { ImportField, monthOfHeader, normalizeHeader, proposeMapping } from './import-fields';
import {
  checkWorkedMonth,
  excelSerialToIso,
  readContractKind,
  readDay,
  readHours,
  readPrescriberKind,
} from './import-values';

describe('readDay', () => {
  it.each([
    ['14/03/1988', '1988-03-14'],
    ['4/3/1988', '1988-03-04'],
    ['14-03-1988', '1988-03-14'],
    ['1988-03-14', '1988-03-14'],
    ['29/02/2024', '2024-02-29'],
  ])('reads %s', (text, iso) => expect(readDay(text)).toEqual({ value: iso }));

  it('refuses a day that does not exist, a two-digit year, and what is not a date', () => {
    expect(readDay('31/02/1990').error).toBe(
      'Le 31/02/1990 n’existe pas dans le calendrier : corrigez le jour ou le mois.',
    );
    expect(readDay('01/02/03').error).toBe(
      '« 01/02/03 » : l’année doit compter 4 chiffres (écrivez-la jj/mm/aaaa, par exemple 14/03/1988).',
    );
    expect(readDay('demain').error).toBe(
      '« demain » n’est pas une date : écrivez-la jj/mm/aaaa, par exemple 14/03/1988.',
    );
    expect(readDay('45292').error).toBeDefined();
  });

  it('reads Excel serial days in a workbook only', () => {
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(readDay('45292', { excelSerial: true })).toEqual({ value: '2024-01-01' });
  });
});

describe('readHours and catalogues', () => {
  it.each([
    ['35', 2100],
    ['35,5', 2130],
    ['35 h 30', 2130],
    ['35:30', 2130],
  ])('reads %s hours', (text, minutes) => expect(readHours(text)).toEqual({ value: minutes }));
  it('refuses unreadable hours', () =>
    expect(readHours('beaucoup').error).toBe(
      '« beaucoup » n’est pas un nombre d’heures : écrivez par exemple 35, 35,5 ou 35 h 30.',
    ));
  it('reads a code, a label or a usual name', () => {
    expect(readPrescriberKind('Pôle emploi')).toEqual({ value: 'FRANCE_TRAVAIL' });
    expect(readPrescriberKind('mission locale')).toEqual({ value: 'MISSION_LOCALE' });
    expect(readContractKind('CDD d’usage (association intermédiaire)')).toEqual({ value: 'CDD_USAGE' });
    expect(readContractKind('cddi')).toEqual({ value: 'CDDI' });
    expect(readContractKind('CDI').error).toBe(
      '« CDI » n’est pas un type de contrat connu de Tremplin : écrivez l’un de ceux de la liste des formulaires.',
    );
  });
  it('caps a month’s hours at 48 h a started week, and refuses a month to come', () => {
    expect(checkWorkedMonth('2026-11-01', 151 * 60, '2026-12-06')).toBeNull();
    expect(checkWorkedMonth('2026-11-01', 1510 * 60, '2026-12-06')).toBe(
      '1\u00a0510 h en 11/2026, c’est plus que le maximum légal de 240 h sur ce mois (48 h par semaine) : vérifiez la saisie.',
    );
    expect(checkWorkedMonth('2027-01-01', 60, '2026-12-06')).toBe(
      'Le mois 01/2027 n’est pas encore commencé : ses heures se saisissent une fois travaillées.',
    );
  });
});

describe('mapping proposal', () => {
  it('normalises headers: accents, case, °, apostrophes', () => {
    expect(normalizeHeader(' N° PASS IAE ')).toBe('n pass iae');
    expect(normalizeHeader('Date d’orientation')).toBe('date d orientation');
  });

  it('proposes fields from French synonyms and les emplois’ export headers, each field once', () => {
    expect(
      proposeMapping(['Nom de naissance', 'Prénom', 'Date de naissance', 'N° PASS IAE', 'Début PASS', 'Nom', 'Divers']),
    ).toEqual([
      ImportField.LAST_NAME,
      ImportField.FIRST_NAME,
      ImportField.BIRTH_DATE,
      ImportField.PASS_NUMBER,
      ImportField.PASS_START,
      null,
      null,
    ]);
    expect(
      proposeMapping(['Nom candidat', 'Prénom candidat', 'Numéro PASS IAE', 'Début PASS IAE', 'Fin PASS IAE']),
    ).toEqual([
      ImportField.LAST_NAME,
      ImportField.FIRST_NAME,
      ImportField.PASS_NUMBER,
      ImportField.PASS_START,
      ImportField.PASS_END,
    ]);
  });

  it('prefers what the structure chose last time', () =>
    expect(proposeMapping(['Nom', 'Commentaire'], { nom: null, commentaire: ImportField.CITY })).toEqual([
      null,
      ImportField.CITY,
    ]));

  it('reads the month of an hours column', () => {
    expect(monthOfHeader('Heures 01/2026')).toBe('2026-01-01');
    expect(monthOfHeader('Heures janvier 2026')).toBe('2026-01-01');
    expect(monthOfHeader('H. févr. 2026')).toBe('2026-02-01');
    expect(monthOfHeader('Heures 2026-11')).toBe('2026-11-01');
    expect(monthOfHeader('Heures hebdo')).toBeNull();
    expect(proposeMapping(['Heures 09/2026'])).toEqual([ImportField.MONTH_HOURS]);
  });
});

import { parseCsv, buildCsv } from './csv';
import {
  checkFseParticipant,
  FSE_MISSING_LABELS as L,
  FSE_PARTICIPANT_CSV_HEADER,
  type FseParticipantData,
  fseParticipantCsvRow,
  fseParticipantMissing,
  fseSixMonthsDueOn,
} from './fse-participant-rules';

const complete: FseParticipantData = {
  entryDate: '2026-01-05',
  gender: 'WOMAN',
  labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
  iscedLevel: 'ISCED_0_2',
  situations: ['HOMELESS_OR_HOUSING_EXCLUSION'],
  situationsAnswered: true,
  exitDate: null,
  exitSituation: null,
  sixMonthsCheckedOn: null,
  sixMonthsEmployed: null,
  sixMonthsImprovedSituation: null,
};
const empty: FseParticipantData = {
  entryDate: null,
  gender: null,
  labourMarketStatus: null,
  iscedLevel: null,
  situations: [],
  situationsAnswered: null,
  exitDate: null,
  exitSituation: null,
  sixMonthsCheckedOn: null,
  sixMonthsEmployed: null,
  sixMonthsImprovedSituation: null,
};
const today = '2026-09-15';

describe('missing FSE+ participant data', () => {
  it('lists every entry datum of a blank record, and nothing of exit before exit', () => {
    expect(fseParticipantMissing(empty, { personExited: false, today })).toEqual([
      L.entryDate,
      L.gender,
      L.labourMarketStatus,
      L.iscedLevel,
      L.situations,
    ]);
  });

  it('accepts a refusal to answer the situation questions', () => {
    expect(
      fseParticipantMissing({ ...complete, situations: [], situationsAnswered: false }, { personExited: false, today }),
    ).toEqual([]);
  });

  it('asks for the exit data once the person has left the pathway, or once an exit date is set', () => {
    expect(fseParticipantMissing(complete, { personExited: true, today })).toEqual([L.exitDate, L.exitSituation]);
    expect(fseParticipantMissing({ ...complete, exitDate: '2026-06-30' }, { personExited: false, today })).toEqual([
      L.exitSituation,
    ]);
  });

  it('asks for the six-month data only from exit + 6 months', () => {
    const exited = { ...complete, exitDate: '2026-03-15', exitSituation: 'EMPLOYED' };
    expect(fseSixMonthsDueOn('2026-03-15')).toBe('2026-09-15');
    expect(fseParticipantMissing(exited, { personExited: true, today: '2026-09-14' })).toEqual([]);
    expect(fseParticipantMissing(exited, { personExited: true, today: '2026-09-15' })).toEqual([
      L.sixMonthsCheckedOn,
      L.sixMonthsEmployed,
      L.sixMonthsImprovedSituation,
    ]);
    expect(
      fseParticipantMissing(
        { ...exited, sixMonthsCheckedOn: '2026-09-15', sixMonthsEmployed: false, sixMonthsImprovedSituation: false },
        { personExited: true, today },
      ),
    ).toEqual([]);
  });
});

describe('coherence of an FSE+ participant record', () => {
  const ctx = { agreementStart: '2026-01-01', agreementEnd: '2026-12-31', today };
  const fields = (p: Partial<FseParticipantData>) =>
    checkFseParticipant({ ...complete, ...p }, ctx).map((e) => e.field);

  it('accepts a complete record, entry on the first and last day of the operation', () => {
    expect(checkFseParticipant(complete, ctx)).toEqual([]);
    expect(fields({ entryDate: '2026-01-01' })).toEqual([]);
    expect(fields({ entryDate: '2026-12-31' })).toEqual([]);
  });

  it('refuses an entry outside the operation', () => {
    expect(checkFseParticipant({ ...complete, entryDate: '2025-12-31' }, ctx)).toEqual([
      {
        field: 'entryDate',
        message: 'L’entrée (31/12/2025) doit tomber dans la période de l’opération, du 01/01/2026 au 31/12/2026.',
      },
    ]);
  });

  it('refuses a situation ticked by a participant who declined to answer', () => {
    expect(fields({ situationsAnswered: false })).toEqual(['situations']);
  });

  it('refuses an exit before entry, in the future, or exit data without an exit date', () => {
    expect(fields({ exitDate: '2026-01-04' })).toEqual(['exitDate']);
    expect(fields({ exitDate: '2026-09-16' })).toEqual(['exitDate']);
    expect(fields({ exitDate: '2026-09-15' })).toEqual([]);
    expect(fields({ exitSituation: 'EMPLOYED' })).toEqual(['exitDate']);
    expect(fields({ entryDate: null, exitDate: '2026-02-01' })).toEqual(['entryDate']);
    expect(fields({ sixMonthsEmployed: true })).toEqual(['exitDate']);
  });

  it('takes the six-month check from exit + 6 months, not in the future, with its date', () => {
    const exited = { exitDate: '2026-03-10', exitSituation: 'EMPLOYED' };
    expect(fields({ ...exited, sixMonthsCheckedOn: '2026-09-10', sixMonthsEmployed: true })).toEqual([]);
    expect(checkFseParticipant({ ...complete, ...exited, sixMonthsCheckedOn: '2026-09-09' }, ctx)).toEqual([
      {
        field: 'sixMonthsCheckedOn',
        message: 'Le suivi à 6 mois se fait à partir du 10/09/2026 (6 mois après la sortie du 10/03/2026).',
      },
    ]);
    expect(fields({ ...exited, sixMonthsCheckedOn: '2026-09-16' })).toEqual(['sixMonthsCheckedOn']);
    expect(fields({ ...exited, sixMonthsImprovedSituation: true })).toEqual(['sixMonthsCheckedOn']);
  });
});

describe('the FSE+ participants export', () => {
  it('writes labels, dates dd/mm/yyyy, one column per situation and what is missing', () => {
    const row = fseParticipantCsvRow({
      ...complete,
      lastName: 'Martin; Durand',
      firstName: 'Léa',
      birthYear: 1990,
      exitDate: '2026-06-30',
      missing: [L.exitSituation],
    });
    const [header, line] = parseCsv(buildCsv(FSE_PARTICIPANT_CSV_HEADER, [row]));
    const cell = (name: string) => line[header.indexOf(name)];
    expect(header).toHaveLength(line.length);
    expect(cell('Nom')).toBe('Martin; Durand');
    expect(cell('Année de naissance')).toBe('1990');
    expect(cell('Date d’entrée')).toBe('05/01/2026');
    expect(cell('Genre')).toBe('Femme');
    expect(cell('Niveau d’études (CITE)')).toBe('CITE 0 à 2 (jusqu’au brevet, CAP non obtenu)');
    expect(cell('Réponse aux questions de situation')).toBe('Oui');
    expect(cell('Sans domicile ou exclu·e du logement')).toBe('Oui');
    expect(cell('Personne en situation de handicap')).toBe('Non');
    expect(cell('Date de sortie')).toBe('30/06/2026');
    expect(cell('Situation à la sortie')).toBe('');
    expect(cell('En emploi à 6 mois')).toBe('');
    expect(cell('Données manquantes')).toBe('Situation à la sortie');
  });

  it('marks the situations of a participant who declined, and leaves them empty when not asked', () => {
    const base = { ...empty, lastName: 'A', firstName: 'B', birthYear: null, missing: [] };
    const declined = fseParticipantCsvRow({ ...base, situationsAnswered: false });
    const notAsked = fseParticipantCsvRow(base);
    const i = FSE_PARTICIPANT_CSV_HEADER.indexOf('Habitant·e d’une zone rurale');
    expect(declined[i]).toBe('Refus');
    expect(declined[FSE_PARTICIPANT_CSV_HEADER.indexOf('Réponse aux questions de situation')]).toBe(
      'Refus de répondre',
    );
    expect(notAsked[i]).toBeNull();
  });
});

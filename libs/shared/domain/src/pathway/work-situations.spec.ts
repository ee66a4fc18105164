import {
  AI_PLACEMENT_CAP_MINUTES,
  AI_PLACEMENT_WARNING_MINUTES,
  checkImmersion,
  checkMission,
  MISSION_KIND_LABELS,
  MissionKind,
  placementCapStatus,
  placementMinutesInWindow,
} from './work-situations';

describe('checkImmersion (PMSMP)', () => {
  it('accepts 30 calendar days, both ends included, and a single day', () => {
    expect(checkImmersion({ startDate: '2026-03-01', endDate: '2026-03-30' })).toBeNull();
    expect(checkImmersion({ startDate: '2026-02-01', endDate: '2026-03-02' })).toBeNull();
    expect(checkImmersion({ startDate: '2026-03-01', endDate: '2026-03-01' })).toBeNull();
  });
  it('refuses 31 days and says by how much to shorten', () => {
    expect(checkImmersion({ startDate: '2026-03-01', endDate: '2026-03-31' })).toBe(
      'L’immersion dure 31 jours : une PMSMP dure au plus 30 jours calendaires (1 mois). Raccourcissez-la de 1 jour.',
    );
    expect(checkImmersion({ startDate: '2026-03-01', endDate: '2026-04-04' })).toBe(
      'L’immersion dure 35 jours : une PMSMP dure au plus 30 jours calendaires (1 mois). Raccourcissez-la de 5 jours.',
    );
  });
  it('refuses an end before the start and a day that does not exist', () => {
    expect(checkImmersion({ startDate: '2026-03-10', endDate: '2026-03-09' })).toBe(
      'La fin de l’immersion (09/03/2026) précède son début (10/03/2026) : corrigez l’une des deux dates.',
    );
    expect(checkImmersion({ startDate: '2026-02-30', endDate: '2026-03-09' })).toMatch(/n’existe pas/);
  });
});

describe('checkMission', () => {
  it('labels the mission kinds', () => expect(MISSION_KIND_LABELS[MissionKind.PLACEMENT]).toBe('Mise à disposition'));
  it('accepts up to 48 h per started week', () => {
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-08', minutes: 48 * 60 })).toBeNull();
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-08', minutes: 48 * 60 + 1 })).toMatch(
      /sur 1 semaine : au plus 48 h par semaine, soit 48 h\. .*\(0 h 01 de trop\)/,
    );
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-09', minutes: 96 * 60 })).toBeNull();
  });
  it('refuses more than 24 h on a one-day mission (48 h a week allowed it)', () => {
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-02', minutes: 24 * 60 })).toBeNull();
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-02', minutes: 24 * 60 + 1 })).toBe(
      '24 h 01 déclarées sur 1 jour : une journée compte 24 h, soit 24 h au plus. Vérifiez les heures ou les dates.',
    );
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-03', minutes: 48 * 60 })).toBeNull();
  });
  it('says how many hours are too many', () =>
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-12', minutes: 130 * 60 })).toBe(
      '130 h déclarées sur 2 semaines : au plus 48 h par semaine, soit 96 h. Vérifiez les heures ou les dates (34 h de trop).',
    ));
  it('needs hours above zero and coherent dates', () => {
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-02', minutes: 0 })).toMatch(
      /^Saisissez les heures/,
    );
    expect(checkMission({ startDate: '2026-03-02', endDate: '2026-03-01', minutes: 60 })).toMatch(/précède son début/);
  });
});

describe('placementMinutesInWindow', () => {
  const m = (hostOrganisationId: string, endDate: string, minutes: number, kind = MissionKind.PLACEMENT) => ({
    hostOrganisationId,
    endDate,
    minutes,
    kind,
  });
  it('adds the placements of one host ending in the 24 months up to asOf', () => {
    const missions = [
      m('A', '2024-06-15', 1), // exactly 24 months before: outside
      m('A', '2024-06-16', 10), // first day of the window
      m('A', '2026-06-15', 100), // asOf itself
      m('A', '2026-06-16', 1000), // after asOf
      m('A', '2026-01-01', 10000, MissionKind.TEST), // not a placement
      m('B', '2026-01-01', 100000), // another host
    ];
    expect(placementMinutesInWindow(missions, 'A', '2026-06-15')).toBe(110);
    expect(placementMinutesInWindow(missions, 'C', '2026-06-15')).toBe(0);
  });
});

describe('placementCapStatus', () => {
  it('is OK below 400 h', () =>
    expect(placementCapStatus(AI_PLACEMENT_WARNING_MINUTES - 1)).toEqual({ level: 'OK', message: null }));
  it('warns from 400 h with what is left', () => {
    expect(placementCapStatus(AI_PLACEMENT_WARNING_MINUTES).message).toMatch(/\(reste 80 h\)\.$/);
    expect(placementCapStatus(412 * 60)).toEqual({
      level: 'NEAR',
      message:
        '412 h de mise à disposition chez ce bailleur sur 24 mois glissants : le plafond des associations intermédiaires est de 480 h (reste 68 h).',
    });
    expect(placementCapStatus(AI_PLACEMENT_CAP_MINUTES)).toMatchObject({
      level: 'NEAR',
      message: expect.stringMatching(/reste 0 h/),
    });
  });
  it('flags beyond 480 h, as a warning with the overrun', () => {
    expect(placementCapStatus(AI_PLACEMENT_CAP_MINUTES + 1)).toMatchObject({
      level: 'OVER',
      message: expect.stringContaining('(dépassé de 0 h 01)'),
    });
    expect(placementCapStatus(495 * 60).message).toBe(
      '495 h de mise à disposition chez ce bailleur sur 24 mois glissants : le plafond des associations intermédiaires est de 480 h (dépassé de 15 h). Sans dérogation du préfet, ne prolongez pas la mise à disposition chez ce bailleur.',
    );
  });
});

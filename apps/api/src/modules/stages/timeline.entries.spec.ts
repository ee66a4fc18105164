import {
  attendanceEntry,
  buildTimelines,
  diagnosisEntry,
  missionEntry,
  referralEntry,
  tutoringEntries,
  type TimelineRows,
} from './timeline.entries';

const at = new Date('2026-01-01T10:00:00Z');
const base = { personId: 'p1', createdAt: at };

function emptyRows(): TimelineRows {
  return {
    referrals: [],
    diagnoses: [],
    passes: [],
    suspensions: [],
    prolongations: [],
    transitions: [],
    admissions: [],
    contracts: [],
    immersions: [],
    missions: [],
    attendances: [],
    tutorings: [],
    evaluations: [],
    events: [],
    exams: [],
    hires: [],
    retentionChecks: [],
    exits: [],
    proposalEvents: [],
    coachingContacts: [],
  };
}

describe('timeline entries', () => {
  it('writes a mission as one French line with its hours', () => {
    const e = missionEntry({
      ...base,
      id: 'm1',
      date: '2026-03-02',
      endDate: '2026-03-06',
      kind: 'PLACEMENT',
      hostName: 'Rouen Habitat',
      site: null,
      minutes: 35 * 60,
    });
    expect(e).toMatchObject({
      id: 'MISSION:m1',
      kind: 'MISSION',
      kindLabel: 'Mission',
      title: 'Mise à disposition chez Rouen Habitat — 35 h',
      detail: 'Du 02/03/2026 au 06/03/2026.',
      confidential: false,
    });
  });

  it('names sensitive criteria only for a caller allowed to see them', () => {
    const row = {
      ...base,
      id: 'd1',
      date: '2026-01-10',
      author: 'PRESCRIBER',
      authorName: 'France Travail',
      validUntil: '2026-07-09',
      codes: ['RSA', 'QPV_RESIDENT', 'LOW_QUALIFICATION'],
    };
    const masked = diagnosisEntry(row, false);
    // Uniform: no count of the masked criteria (issue 14, point 12), the same note on every diagnosis.
    expect(masked.title).toBe('Diagnostic d’éligibilité');
    expect(masked.detail).not.toMatch(/RSA|3 critères|confidentiel/);
    expect(masked.detail).toMatch(/quartier prioritaire/);
    expect(masked.detail).toMatch(/Critères sensibles non affichés pour votre rôle\.$/);
    expect(masked.confidential).toBe(false);
    // A diagnosis without any sensitive criterion reads the same way: nothing tells the other one has some.
    const plain = diagnosisEntry({ ...row, codes: ['QPV_RESIDENT', 'LOW_QUALIFICATION'] }, false);
    expect(plain.title).toBe(masked.title);
    expect(plain.detail).toBe(masked.detail);
    const full = diagnosisEntry(row, true);
    expect(full.title).toBe('Diagnostic d’éligibilité : 3 critères');
    expect(full.detail).toMatch(/Bénéficiaire du RSA/);
    expect(full.confidential).toBe(true);
  });

  it('an unknown criterion code is treated as sensitive', () => {
    const row = {
      ...base,
      id: 'd1',
      date: '2026-01-10',
      author: 'EMPLOYER',
      authorName: 'AI Rouen',
      validUntil: '2026-04-11',
      codes: ['NEW_CODE'],
    };
    expect(diagnosisEntry(row, false).detail).not.toMatch(/NEW_CODE/);
    expect(diagnosisEntry(row, true).confidential).toBe(true);
  });

  it('masks a sensitive prescriber kind and its organisation name', () => {
    const row = {
      ...base,
      id: 'r1',
      date: '2026-01-05',
      prescriberKind: 'SPIP',
      organisation: 'SPIP de Seine-Maritime',
      contactName: 'M. Juge',
    };
    const masked = referralEntry(row, false);
    expect(masked.title).toBe('Orientation : Autre');
    expect(masked.detail).toBeNull();
    expect(JSON.stringify(masked)).not.toMatch(/SPIP|Juge/);
    const full = referralEntry(row, true);
    expect(full.title).toMatch(/SPIP \(service pénitentiaire/);
    expect(full.detail).toBe('SPIP de Seine-Maritime (contact : M. Juge)');
    expect(full.confidential).toBe(true);
    // Without sensitive:read, EVERY referral hides its organisation and contact, so nothing tells the masked one.
    const plain = referralEntry(
      { ...row, prescriberKind: 'MISSION_LOCALE', organisation: 'Mission locale de Rouen' },
      false,
    );
    expect(plain).toMatchObject({ title: 'Orientation : Mission locale', detail: null, confidential: false });
    const genuineOther = referralEntry({ ...row, prescriberKind: 'OTHER', organisation: 'Association X' }, false);
    const { id: _a, ...maskedShape } = masked;
    const { id: _b, ...otherShape } = genuineOther;
    expect(otherShape).toEqual(maskedShape);
    expect(referralEntry({ ...row, prescriberKind: 'MISSION_LOCALE' }, true)).toMatchObject({
      title: 'Orientation : Mission locale',
      detail: 'SPIP de Seine-Maritime (contact : M. Juge)',
      confidential: false,
    });
  });

  it.each(['CAP_EMPLOI', 'CCAS', 'CAF', 'DEPARTMENT'])(
    'masks %s (disability, social aid) as « Autre » for a caller without sensitive:read (issue 14, point 12)',
    (kind) => {
      const row = {
        ...base,
        id: 'r2',
        date: '2026-01-05',
        prescriberKind: kind,
        organisation: 'Org',
        contactName: null,
      };
      expect(referralEntry(row, false)).toMatchObject({ title: 'Orientation : Autre', detail: null });
      expect(referralEntry(row, true).confidential).toBe(true);
    },
  );

  it('shows attendance or absence with hours', () => {
    const row = {
      ...base,
      id: 'a1',
      date: '2026-02-10',
      sessionKind: 'TRAINING',
      sessionTitle: 'Gestes et postures',
      trainingBody: 'AFPA',
      plannedMinutes: 240,
      minutesAttended: 210,
      absence: null,
    };
    expect(attendanceEntry(row).title).toBe('Session de formation « Gestes et postures » — présent·e 3 h 30 sur 4 h');
    expect(attendanceEntry({ ...row, minutesAttended: 0, absence: 'JUSTIFIED' }).title).toBe(
      'Session de formation « Gestes et postures » — absence justifiée',
    );
    // The same day or before: the presence, as recorded.
    expect(attendanceEntry(row, '2026-02-10').title).toBe(
      'Session de formation « Gestes et postures » — présent·e 3 h 30 sur 4 h',
    );
  });

  it('shows a session dated after today as planned, without presence', () => {
    const row = {
      ...base,
      id: 'a2',
      date: '2026-03-02',
      sessionKind: 'TRAINING',
      sessionTitle: 'Gestes et postures',
      trainingBody: null,
      plannedMinutes: 420,
      minutesAttended: 0,
      absence: null,
    };
    expect(attendanceEntry(row, '2026-03-01').title).toBe('Session de formation « Gestes et postures » — prévue — 7 h');
    expect(attendanceEntry({ ...row, minutesAttended: 420 }, '2026-03-01').title).not.toMatch(/présent/);
    const rows = emptyRows();
    rows.attendances.push(row);
    expect(buildTimelines(['p1'], rows, true, '2026-03-01')[0].map((e) => e.title)).toEqual([
      'Session de formation « Gestes et postures » — prévue — 7 h',
    ]);
  });

  it('gives a tutoring its start, and its end once known', () => {
    const row = {
      ...base,
      id: 't1',
      date: '2026-02-01',
      endDate: null,
      tutorName: 'Paul Gardien',
      side: 'HOST',
      jobTitle: 'Gardien',
      organisationName: 'Rouen Habitat',
    };
    expect(tutoringEntries(row).map((e) => e.id)).toEqual(['TUTORING_START:t1']);
    const ended = tutoringEntries({ ...row, endDate: '2026-06-30' });
    expect(ended.map((e) => [e.id, e.date])).toEqual([
      ['TUTORING_START:t1', '2026-02-01'],
      ['TUTORING_END:t1', '2026-06-30'],
    ]);
    expect(ended[0].detail).toBe('Gardien chez Rouen Habitat.');
  });

  it('orders newest first, then later in the pathway first on one day, and groups by person', () => {
    const rows = emptyRows();
    rows.referrals.push({
      ...base,
      id: 'r1',
      date: '2026-01-10',
      prescriberKind: 'FRANCE_TRAVAIL',
      organisation: 'FT',
      contactName: null,
    });
    rows.passes.push({ ...base, id: 'pa', date: '2026-01-10', number: '999992600001', endDate: '2028-01-09' });
    rows.hires.push({
      ...base,
      personId: 'p2',
      id: 'h1',
      date: '2026-09-01',
      employerName: 'Rouen Habitat',
      contractType: 'CDI',
      weeklyMinutes: 2100,
      jobTitle: null,
    });
    rows.events.push(
      {
        ...base,
        id: 'e1',
        date: '2026-02-01',
        kind: 'FOLLOW_UP_INTERVIEW',
        title: 'Point',
        notes: null,
        confidential: false,
      },
      {
        ...base,
        id: 'e2',
        date: '2026-03-01',
        kind: 'FOLLOW_UP_INTERVIEW',
        title: 'Secret',
        notes: 'confidentiel',
        confidential: true,
      },
    );
    const [p1, p2, p3] = buildTimelines(['p1', 'p2', 'p3'], rows, true);
    expect(p1.map((e) => e.id)).toEqual([
      'FOLLOW_UP_INTERVIEW:e2',
      'FOLLOW_UP_INTERVIEW:e1',
      'PASS_IAE:pa',
      'REFERRAL:r1',
    ]);
    expect(p1[0]).toMatchObject({ kind: 'FOLLOW_UP_INTERVIEW', kindLabel: 'Entretien de suivi', confidential: true });
    expect(p2.map((e) => e.id)).toEqual(['HIRE:h1']);
    expect(p3).toEqual([]);
    // A confidential event that reached the formatter by mistake is still dropped for a caller without the right.
    expect(buildTimelines(['p1'], rows, false)[0].map((e) => e.id)).not.toContain('FOLLOW_UP_INTERVIEW:e2');
  });
});

import {
  buildAttendance,
  buildCollectiveSession,
  buildFunder,
  buildFundingAgreement,
  buildMission,
  buildPartnerOrganisation,
  buildPerson,
  buildStructure,
  signedInAs,
} from '@tremplin/api-testing';
import { Role } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { FundingAllocationEntity } from './funding.entities';

/**
 * Issue 13, point 1, for allocations (docs/domain/concurrent-edits.md): the lines an allocation charges carry the
 * version they were read at (the source and what is already charged to it); an allocation removed carries its own.
 * Two directors, A and B, work on the same lines.
 */
const SOURCES = `query($filter: FundableSourcesFilter!) { fundableSources(filter: $filter) {
  sourceId totalQuantity allocatedQuantity remainingQuantity version allocations { agreementReference quantity } } }`;
const ALLOCATE = `mutation($input: AllocateFundingInput!) { allocateFunding(input: $input) { id } }`;
const ALLOCATIONS = `query($id: ID!) { fundingAgreement(id: $id) { allocations { id sourceId quantity version } } }`;
const REMOVE = `mutation($input: RemoveFundingAllocationInput!) { removeFundingAllocation(input: $input) { id } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;

describe('allocations: lines read, then changed by someone else', () => {
  let t: TestApp;
  let s: { id: string };
  let a: Awaited<ReturnType<typeof signedInAs>>;
  let b: Awaited<ReturnType<typeof signedInAs>>;
  let host: { id: string };
  let funderId: string;

  interface Line {
    sourceId: string;
    totalQuantity: number;
    allocatedQuantity: number;
    remainingQuantity: number;
    version: string;
  }
  /** The lines of one kind as the allocation screen lists them. */
  const lines = async (c: typeof a, sourceKind: string): Promise<Line[]> =>
    (await c.ok(SOURCES, { filter: { sourceKind, from: '2026-01-01', to: '2026-12-31', onlyRemaining: false } }))
      .fundableSources;
  const fundedBy = async (agreementId: string, sourceId: string): Promise<number> =>
    (await t.db.getRepository(FundingAllocationEntity).sum('quantity', { agreementId, missionId: sourceId })) ?? 0;
  /** The input charging one mission line, as read, to an agreement. */
  const charging = (agreementId: string, line: Line, how: { sharePercent: number } | { quantity: number }) => ({
    input: { agreementId, sourceKind: 'MISSION', sourceIds: [line.sourceId], sourceVersions: [line.version], ...how },
  });
  const mission = async () => {
    const p = await buildPerson(t.db, s.id, { firstName: 'Léa', lastName: 'Martin' });
    return buildMission(t.db, s.id, p.id, host.id, { minutes: 7 * 60, startDate: '2026-03-02', endDate: '2026-03-06' });
  };

  beforeEach(async () => {
    // A structure per test: the screen lists every line of the period.
    s = await buildStructure(t.db);
    a = await signedInAs(t, Role.DIRECTOR, s.id);
    b = await signedInAs(t, Role.DIRECTOR, s.id);
    funderId = (await buildFunder(t.db, s.id, { name: 'DDETS' })).id;
  });
  beforeAll(async () => {
    t = await startTestApp();
    host = await buildPartnerOrganisation(t.db, { name: 'Rouen Habitat' });
  });
  afterAll(() => t?.close());

  it('A and B both charge half of a line to the same agreement from the same read: the second is refused, not added', async () => {
    const x = await buildFundingAgreement(t.db, s.id, funderId, { reference: 'CONV-X' });
    const m = await mission();
    const [seenByA] = await lines(a, 'MISSION');
    const [seenByB] = await lines(b, 'MISSION');
    const half = (line: Line) => charging(x.id, line, { sharePercent: 50 });
    await b.ok(ALLOCATE, half(seenByB));
    const e = await a.fail(ALLOCATE, half(seenByA));
    expect(e.extensions?.code).toBe('CONFLICT');
    expect(e.message).toBe(
      'Une ligne a changé depuis que vous les avez affichées : Mission chez Rouen Habitat du 02/03/2026 au 06/03/2026 ' +
        '(Léa Martin) : maintenant 7 h, déjà financé 3 h 30 (CONV-X 3 h 30), il reste 3 h 30. ' +
        'Rien n’est imputé : vérifiez ces lignes, puis imputez de nouveau.',
    );
    const [now] = await lines(a, 'MISSION');
    expect(e.extensions?.['changedLines']).toEqual([
      {
        field: 'sourceIds.0',
        key: m.id,
        sentVersion: seenByA.version,
        version: now.version,
        current: {
          sourceId: m.id,
          label: 'Mission chez Rouen Habitat du 02/03/2026 au 06/03/2026 (Léa Martin)',
          totalQuantity: 420,
          allocatedQuantity: 210,
          remainingQuantity: 210,
          allocations: [{ agreementId: x.id, agreementReference: 'CONV-X', quantity: 210 }],
        },
      },
    ]);
    // Half, as each of them meant: not the whole line.
    expect(await fundedBy(x.id, m.id)).toBe(210);
    // Re-read, A sees it is done; charged again knowingly, on the current version, it is added.
    await a.ok(ALLOCATE, half(now));
    expect(await fundedBy(x.id, m.id)).toBe(420);
  });

  it('a line whose hours were corrected since it was read is refused; the lines read at their version pass', async () => {
    const x = await buildFundingAgreement(t.db, s.id, funderId, { reference: 'CONV-X' });
    const session = await buildCollectiveSession(t.db, s.id, { sessionDate: '2026-03-10', plannedMinutes: 420 });
    const [p, q] = [await buildPerson(t.db, s.id), await buildPerson(t.db, s.id)];
    await buildAttendance(t.db, s.id, session.id, p.id, { minutesAttended: 420 });
    await buildAttendance(t.db, s.id, session.id, q.id, { minutesAttended: 420 });
    const seen = await lines(a, 'TRAINING_ATTENDANCE');
    // B corrects p's attendance: 5 h, justified absence.
    await b.ok(ATTEND, {
      input: {
        sessionId: session.id,
        entries: [{ personId: p.id, minutesAttended: 300, absence: 'JUSTIFIED', version: 1 }],
      },
    });
    const e = await a.fail(ALLOCATE, {
      input: {
        agreementId: x.id,
        sourceKind: 'TRAINING_ATTENDANCE',
        sourceIds: seen.map((l) => l.sourceId),
        sourceVersions: seen.map((l) => l.version),
        sharePercent: 100,
      },
    });
    expect(e.extensions?.code).toBe('CONFLICT');
    const changed = e.extensions?.['changedLines'] as { key: string; current: { totalQuantity: number } }[];
    expect(changed).toHaveLength(1);
    expect(changed[0].current.totalQuantity).toBe(300);
    expect(await t.db.getRepository(FundingAllocationEntity).countBy({ agreementId: x.id })).toBe(0);
  });

  it('sourceVersions must match sourceIds one for one', async () => {
    const x = await buildFundingAgreement(t.db, s.id, funderId);
    const m = await mission();
    const e = await a.fail(ALLOCATE, {
      input: { agreementId: x.id, sourceKind: 'MISSION', sourceIds: [m.id], sourceVersions: [], sharePercent: 50 },
    });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fieldErrors).toEqual([
      { field: 'sourceVersions', message: expect.stringMatching(/0 versions pour 1 sources/) },
    ]);
  });

  it('an allocation that grew since A read it is not removed with what B added to it', async () => {
    const x = await buildFundingAgreement(t.db, s.id, funderId, { reference: 'CONV-X' });
    const m = await mission();
    const [line] = await lines(a, 'MISSION');
    await a.ok(ALLOCATE, charging(x.id, line, { quantity: 120 }));
    const [seenByA] = (await a.ok(ALLOCATIONS, { id: x.id })).fundingAgreement.allocations;
    expect(seenByA).toMatchObject({ quantity: 120, version: 1 });
    // B charges one more hour of the same line to the same agreement: the allocation grows.
    const [lineForB] = await lines(b, 'MISSION');
    await b.ok(ALLOCATE, charging(x.id, lineForB, { quantity: 60 }));
    const e = await a.fail(REMOVE, { input: { id: seenByA.id, version: seenByA.version } });
    expect(e.extensions?.code).toBe('CONFLICT');
    expect(e.message).toMatch(
      /Cette imputation a changé depuis que vous l’avez affichée : elle compte maintenant 3 h\./,
    );
    expect(e.extensions?.['changedLines']).toEqual([
      { field: 'id', key: seenByA.id, sentVersion: 1, version: 2, current: { quantity: 180, unit: 'MINUTES' } },
    ]);
    expect(await fundedBy(x.id, m.id)).toBe(180);
    await a.ok(REMOVE, { input: { id: seenByA.id, version: 2 } });
    expect(await fundedBy(x.id, m.id)).toBe(0);
  });
});

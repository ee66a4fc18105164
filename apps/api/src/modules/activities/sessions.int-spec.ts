import {
  buildAttendance,
  buildCertification,
  buildCollectiveSession,
  buildPerson,
  buildStructure,
  type GraphqlClient,
  signedInAs,
} from '@tremplin/api-testing';
import { AbsenceKind, addDays, Role, SessionKind, todayInParis } from '@tremplin/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { CollectiveSessionEntity, SessionAttendanceEntity } from './activity.entities';
import { SessionsRepository } from './sessions.repository';

const SESSION_FIELDS = `id kind kindLabel title trainingBody sessionDate plannedMinutes certificationBlockId certificationBlock { id code }
  attendances { id minutesAttended absence absenceLabel version person { id firstName lastName } }`;
const CREATE = `mutation($input: CreateCollectiveSessionInput!) { createCollectiveSession(input: $input) { ${SESSION_FIELDS} } }`;
const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${SESSION_FIELDS} } }`;
const LIST = `query($kind: String, $from: String, $to: String) { collectiveSessions(kind: $kind, from: $from, to: $to) { id title sessionDate kind } }`;
const READ = `query($id: ID!) { person(id: $id) {
  attendances { id minutesAttended absence absenceLabel session { id title sessionDate kind } }
  trainingHours { plannedMinutes attendedMinutes plannedToDateMinutes } } }`;

interface Row {
  session_id: string;
  person_id: string;
  minutes_attended: number;
  absence: string | null;
  structure_id: string;
  created_by_id: string | null;
}

describe('activities: collective sessions and attendance sheets', () => {
  let t: TestApp;
  let a: GraphqlClient & { userId: string };
  let supervisor: GraphqlClient;
  let structureA: { id: string };
  let structureB: { id: string };
  let personB: { id: string };

  const sheet = async (sessionId: string): Promise<Row[]> =>
    (await t.db.getRepository(SessionAttendanceEntity).find({ where: { sessionId }, order: { personId: 'ASC' } })).map(
      (a) => ({
        session_id: a.sessionId,
        person_id: a.personId,
        minutes_attended: a.minutesAttended,
        absence: a.absence,
        structure_id: a.structureId,
        created_by_id: a.createdById,
      }),
    );
  const countSessions = () => t.db.getRepository(CollectiveSessionEntity).count();

  beforeAll(async () => {
    t = await startTestApp();
    structureA = await buildStructure(t.db);
    structureB = await buildStructure(t.db);
    a = await signedInAs(t, Role.COUNSELLOR, structureA.id);
    supervisor = await signedInAs(t, Role.SUPERVISOR, structureA.id);
    personB = await buildPerson(t.db, structureB.id);
  });
  afterAll(() => t?.close());

  describe('createCollectiveSession', () => {
    it('creates a training session on a certification block', async () => {
      const cert = await buildCertification(t.db, { blocks: 2 });
      const { createCollectiveSession: s } = await a.ok(CREATE, {
        input: {
          kind: 'TRAINING',
          title: ' Entretien des parties communes ',
          trainingBody: 'AFPOLS',
          sessionDate: '2026-02-02',
          plannedMinutes: 420,
          certificationBlockId: cert.blockIds[1],
        },
      });
      expect(s).toMatchObject({
        kind: 'TRAINING',
        kindLabel: 'Session de formation',
        title: 'Entretien des parties communes',
        trainingBody: 'AFPOLS',
        sessionDate: '2026-02-02',
        plannedMinutes: 420,
        certificationBlockId: cert.blockIds[1],
        certificationBlock: { id: cert.blockIds[1], code: 'B2' },
        attendances: [],
      });
      const session = await t.db.getRepository(CollectiveSessionEntity).findOneByOrFail({ id: s.id });
      const row = { structure_id: session.structureId, created_by_id: session.createdById, d: session.sessionDate };
      expect(row).toEqual({ structure_id: structureA.id, created_by_id: a.userId, d: '2026-02-02' });
    });

    it('an information meeting needs no training body', async () => {
      const { createCollectiveSession: s } = await a.ok(CREATE, {
        input: { kind: 'INFORMATION', title: 'Réunion d’information', sessionDate: '2026-01-12', plannedMinutes: 120 },
      });
      expect(s).toMatchObject({
        kindLabel: 'Réunion d’information',
        trainingBody: null,
        certificationBlockId: null,
        certificationBlock: null,
      });
    });

    const refusals: [string, Record<string, unknown>, string, RegExp][] = [
      [
        'a training session without training body',
        { trainingBody: '  ' },
        'trainingBody',
        /Indiquez l’organisme de formation/,
      ],
      ['no planned time', { plannedMinutes: 0 }, 'plannedMinutes', /au moins 1 minute/],
      ['more than a day', { plannedMinutes: 25 * 60 }, 'plannedMinutes', /25 h prévues, c’est plus de 24 h/],
      ['no title', { title: '' }, 'title', /L’intitulé de la session est obligatoire/],
      ['an impossible date', { sessionDate: '2026-13-01' }, 'sessionDate', /La date de la session n’existe pas/],
    ];
    it.each(refusals)('refuses %s and writes nothing', async (_label, change, field, message) => {
      const before = await countSessions();
      const e = await a.fail(CREATE, {
        input: {
          kind: 'TRAINING',
          title: 'Formation',
          trainingBody: 'AFPOLS',
          sessionDate: '2026-02-02',
          plannedMinutes: 420,
          ...change,
        },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await countSessions()).toBe(before);
    });

    it('an unknown block is NOT_FOUND; a supervisor is FORBIDDEN; nothing is written', async () => {
      const before = await countSessions();
      const input = { kind: 'WORKSHOP', title: 'Atelier CV', sessionDate: '2026-02-02', plannedMinutes: 120 };
      expect(
        (await a.fail(CREATE, { input: { ...input, certificationBlockId: '0b7f6a5e-0000-4000-8000-00000000ffff' } }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
      expect((await supervisor.fail(CREATE, { input })).extensions?.code).toBe('FORBIDDEN');
      expect(await countSessions()).toBe(before);
    });
  });

  describe('collectiveSessions', () => {
    let s: GraphqlClient;
    let ids: Record<string, string>;
    beforeAll(async () => {
      const structure = await buildStructure(t.db);
      s = await signedInAs(t, Role.SUPERVISOR, structure.id);
      ids = {
        jan: (await buildCollectiveSession(t.db, structure.id, { title: 'Janvier', sessionDate: '2026-01-15' })).id,
        feb: (
          await buildCollectiveSession(t.db, structure.id, {
            title: 'Février',
            sessionDate: '2026-02-15',
            kind: SessionKind.WORKSHOP,
          })
        ).id,
        mar: (await buildCollectiveSession(t.db, structure.id, { title: 'Mars', sessionDate: '2026-03-15' })).id,
      };
      await buildCollectiveSession(t.db, structureB.id, { title: 'Autre structure', sessionDate: '2026-02-20' });
    });

    it('lists the structure’s sessions, latest first, filtered by kind and period', async () => {
      expect((await s.ok(LIST)).collectiveSessions.map((x: { title: string }) => x.title)).toEqual([
        'Mars',
        'Février',
        'Janvier',
      ]);
      expect((await s.ok(LIST, { kind: 'TRAINING' })).collectiveSessions.map((x: { id: string }) => x.id)).toEqual([
        ids.mar,
        ids.jan,
      ]);
      expect(
        (await s.ok(LIST, { from: '2026-02-15', to: '2026-03-14' })).collectiveSessions.map(
          (x: { id: string }) => x.id,
        ),
      ).toEqual([ids.feb]);
    });

    it('refuses a reversed period and an unknown kind', async () => {
      expect((await s.fail(LIST, { from: '2026-03-01', to: '2026-02-01' })).extensions?.fieldErrors).toEqual([
        { field: 'to', message: expect.stringMatching(/précède son début/) },
      ]);
      expect((await s.fail(LIST, { kind: 'COURS' })).extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('returns at most 200 sessions', async () => {
      const structure = await buildStructure(t.db);
      await t.db.getRepository(CollectiveSessionEntity).insert(
        Array.from({ length: 205 }, (_, i) => ({
          structureId: structure.id,
          kind: 'WORKSHOP',
          title: `Atelier ${i + 1}`,
          sessionDate: addDays('2025-01-01', i + 1),
          plannedMinutes: 60,
        })),
      );
      const c = await signedInAs(t, Role.DIRECTOR, structure.id);
      const list = (await c.ok(LIST)).collectiveSessions;
      expect(list).toHaveLength(200);
      expect(list[0].title).toBe('Atelier 205');
    });
  });

  describe('recordAttendance', () => {
    let session: { id: string };
    let p1: { id: string };
    let p2: { id: string };
    let p3: { id: string };
    beforeAll(async () => {
      session = await buildCollectiveSession(t.db, structureA.id, { plannedMinutes: 420 });
      p1 = await buildPerson(t.db, structureA.id, { firstName: 'Alice', lastName: 'Aubry' });
      p2 = await buildPerson(t.db, structureA.id, { firstName: 'Bruno', lastName: 'Bertin' });
      p3 = await buildPerson(t.db, structureA.id, { firstName: 'Chloé', lastName: 'Caron' });
    });

    it('saves the whole sheet, then a second save replaces lines and adds new ones', async () => {
      const { recordAttendance: s } = await a.ok(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [
            { personId: p2.id, minutesAttended: 300, absence: 'JUSTIFIED' },
            { personId: p1.id, minutesAttended: 420 },
          ],
        },
      });
      expect(s.attendances).toEqual([
        expect.objectContaining({
          minutesAttended: 420,
          absence: null,
          absenceLabel: null,
          person: { id: p1.id, firstName: 'Alice', lastName: 'Aubry' },
        }),
        expect.objectContaining({
          minutesAttended: 300,
          absence: 'JUSTIFIED',
          absenceLabel: 'Absence justifiée',
          person: { id: p2.id, firstName: 'Bruno', lastName: 'Bertin' },
        }),
      ]);
      await a.ok(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [
            { personId: p2.id, minutesAttended: 420 },
            { personId: p3.id, minutesAttended: 0, absence: 'UNJUSTIFIED' },
          ],
        },
      });
      const rows = await sheet(session.id);
      expect(rows).toHaveLength(3);
      const byPerson = Object.fromEntries(rows.map((r) => [r.person_id, r]));
      expect(byPerson[p1.id]).toMatchObject({
        minutes_attended: 420,
        absence: null,
        structure_id: structureA.id,
        created_by_id: a.userId,
      });
      expect(byPerson[p2.id]).toMatchObject({ minutes_attended: 420, absence: null });
      expect(byPerson[p3.id]).toMatchObject({ minutes_attended: 0, absence: 'UNJUSTIFIED' });
    });

    it('refuses minutes above the planned time, names the line and the figures, and writes no line at all', async () => {
      const before = await sheet(session.id);
      const e = await a.fail(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [
            { personId: p1.id, minutesAttended: 200, absence: 'JUSTIFIED' },
            { personId: p2.id, minutesAttended: 450 },
          ],
        },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'entries.1.minutesAttended',
          message: expect.stringMatching(
            /Ligne 2 : 7 h 30 de présence pour une session prévue de 7 h\. Saisissez entre 0 h et 7 h/,
          ),
        },
      ]);
      expect(await sheet(session.id)).toEqual(before);
    });

    const refusals: [string, object[], string, RegExp][] = [
      [
        'a partial presence without absence kind',
        [{ minutesAttended: 360 }],
        'entries.0.absence',
        /Ligne 1 : 1 h d’absence sur 7 h : précisez si l’absence est justifiée/,
      ],
      [
        'negative minutes',
        [{ minutesAttended: -30, absence: 'JUSTIFIED' }],
        'entries.0.minutesAttended',
        /^La présence : une valeur négative n’est pas acceptée\.$/,
      ],
      [
        'an absence on a full presence',
        [{ minutesAttended: 420, absence: 'JUSTIFIED' }],
        'entries.0.absence',
        /présence complète \(7 h\) : retirez l’absence/,
      ],
      [
        'an unknown absence kind',
        [{ minutesAttended: 0, absence: 'MALADIE' }],
        'entries.0.absence',
        /justifiée ou non justifiée/,
      ],
    ];
    it.each(refusals)('refuses %s', async (_label, entries, field, message) => {
      const before = await sheet(session.id);
      const e = await a.fail(ATTEND, {
        input: { sessionId: session.id, entries: entries.map((x) => ({ personId: p1.id, ...x })) },
      });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.extensions?.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
      expect(await sheet(session.id)).toEqual(before);
    });

    it('registers persons to a session still to come (0 h, no absence) and refuses hours before the day', async () => {
      const upcoming = await buildCollectiveSession(t.db, structureA.id, {
        plannedMinutes: 420,
        sessionDate: addDays(todayInParis(), 7),
      });
      const { recordAttendance: s } = await a.ok(ATTEND, {
        input: {
          sessionId: upcoming.id,
          entries: [
            { personId: p1.id, minutesAttended: 0 },
            { personId: p2.id, minutesAttended: 0 },
          ],
        },
      });
      expect(s.attendances).toHaveLength(2);
      const e = await a.fail(ATTEND, {
        input: { sessionId: upcoming.id, entries: [{ personId: p3.id, minutesAttended: 420 }] },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        {
          field: 'entries.0.minutesAttended',
          message: expect.stringMatching(
            /Ligne 1 : la session a lieu le .* inscrivez la personne \(0 h, sans absence\)/,
          ),
        },
      ]);
      expect(await sheet(upcoming.id)).toHaveLength(2);
    });

    it('refuses a person twice on the sheet and an empty sheet', async () => {
      const e = await a.fail(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [
            { personId: p1.id, minutesAttended: 420 },
            { personId: p1.id, minutesAttended: 420 },
          ],
        },
      });
      expect(e.extensions?.fieldErrors).toEqual([
        { field: 'entries.1.personId', message: expect.stringMatching(/figure déjà/) },
      ]);
      expect((await a.fail(ATTEND, { input: { sessionId: session.id, entries: [] } })).extensions?.fieldErrors).toEqual(
        [{ field: 'entries', message: expect.stringMatching(/vide/) }],
      );
    });

    it('another structure’s person on the sheet: NOT_FOUND for the whole sheet, nothing written', async () => {
      const before = await sheet(session.id);
      const e = await a.fail(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [
            { personId: p1.id, minutesAttended: 100, absence: 'JUSTIFIED' },
            { personId: personB.id, minutesAttended: 420 },
          ],
        },
      });
      expect(e.extensions?.code).toBe('NOT_FOUND');
      expect(await sheet(session.id)).toEqual(before);
      expect(await t.db.getRepository(SessionAttendanceEntity).findBy({ personId: personB.id })).toEqual([]);
    });

    it('another structure’s session is NOT_FOUND; a supervisor enters the sheet (FIELD_ENTRY) and reads it', async () => {
      const other = await buildCollectiveSession(t.db, structureB.id);
      expect(
        (await a.fail(ATTEND, { input: { sessionId: other.id, entries: [{ personId: p1.id, minutesAttended: 420 }] } }))
          .extensions?.code,
      ).toBe('NOT_FOUND');
      expect(await sheet(other.id)).toEqual([]);
      expect(
        (
          await supervisor.fail(ATTEND, {
            input: { sessionId: other.id, entries: [{ personId: p1.id, minutesAttended: 420 }] },
          })
        ).extensions?.code,
      ).toBe('NOT_FOUND');
      // The supervisor saves p1's line as it stands (the sheet is the same afterwards): the write is open to them.
      const line = await t.db
        .getRepository(SessionAttendanceEntity)
        .findOneByOrFail({ sessionId: session.id, personId: p1.id });
      const before = await sheet(session.id);
      const { recordAttendance: saved } = await supervisor.ok(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [
            { personId: p1.id, minutesAttended: line.minutesAttended, absence: line.absence, version: line.version },
          ],
        },
      });
      expect(saved.id).toBe(session.id);
      expect(await sheet(session.id)).toEqual(before);
      const list = (await supervisor.ok(`{ collectiveSessions { id attendances { person { lastName } } } }`))
        .collectiveSessions;
      expect(
        list
          .find((x: { id: string }) => x.id === session.id)
          .attendances.map((x: { person: { lastName: string } }) => x.person.lastName),
      ).toEqual(['Aubry', 'Bertin', 'Caron']);
      expect(list.find((x: { id: string }) => x.id === other.id)).toBeUndefined();
    });
  });

  describe('recordAttendance: two people on the same sheet', () => {
    let b: GraphqlClient & { userId: string };
    let session: { id: string };
    let alice: { id: string };
    let bruno: { id: string };
    let chloe: { id: string };
    /** The sheet as a grid opens it: its lines, with their versions unless `versions` is false (the grid before). */
    const open = async (c: GraphqlClient, versions = true) => {
      const query = `query { collectiveSessions { id attendances { minutesAttended absence ${versions ? 'version' : ''} person { id } } } }`;
      const lines: { minutesAttended: number; absence: string | null; version?: number; person: { id: string } }[] = (
        await c.ok(query)
      ).collectiveSessions.find((x: { id: string }) => x.id === session.id).attendances;
      return lines.map(({ person, ...l }) => ({ personId: person.id, ...l }));
    };
    /** B opens the sheet and saves Bruno's line: 5 h, absence justifiée. */
    const bSavesBrunosLine = async () => {
      const gridOfB = await open(b);
      await b.ok(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [{ ...gridOfB.find((l) => l.personId === bruno.id)!, minutesAttended: 300, absence: 'JUSTIFIED' }],
        },
      });
    };

    beforeEach(async () => {
      b = await signedInAs(t, Role.COUNSELLOR, structureA.id);
      session = await buildCollectiveSession(t.db, structureA.id, { plannedMinutes: 420 });
      alice = await buildPerson(t.db, structureA.id, { firstName: 'Alice', lastName: 'Aubry' });
      bruno = await buildPerson(t.db, structureA.id, { firstName: 'Bruno', lastName: 'Bertin' });
      chloe = await buildPerson(t.db, structureA.id, { firstName: 'Chloé', lastName: 'Caron' });
      for (const p of [alice, bruno])
        await buildAttendance(t.db, structureA.id, session.id, p.id, { minutesAttended: 420 });
    });

    it('the lost line: A saving her whole older grid (lines without versions) no longer puts back B’s line', async () => {
      // What the grid sent before: every line of the sheet as it was when A opened it, without versions. B saves
      // Bruno's line the same way (so that this test runs unchanged on the code before versions).
      const gridOfA = await open(a, false);
      await b.ok(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: {
          sessionId: session.id,
          entries: [{ personId: bruno.id, minutesAttended: 300, absence: 'JUSTIFIED' }],
        },
      });
      const e = await a.fail(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: {
          sessionId: session.id,
          entries: gridOfA.map((l) =>
            l.personId === alice.id ? { ...l, minutesAttended: 360, absence: 'UNJUSTIFIED' } : l,
          ),
        },
      });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect((await sheet(session.id)).find((r) => r.person_id === bruno.id)).toMatchObject({
        minutes_attended: 300,
        absence: 'JUSTIFIED',
      });
    });

    it('A saving her older grid does not put back the line B saved meanwhile: CONFLICT naming it, nothing written', async () => {
      const gridOfA = await open(a);
      await bSavesBrunosLine();
      // A saves her whole grid, where she changed Alice's line only: Bruno's line is her old copy of it.
      const e = await a.fail(ATTEND, {
        input: {
          sessionId: session.id,
          entries: gridOfA.map((l) =>
            l.personId === alice.id ? { ...l, minutesAttended: 360, absence: 'UNJUSTIFIED' } : l,
          ),
        },
      });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.message).toMatch(
        /La feuille d’émargement a changé depuis que vous l’avez ouverte : la ligne de BERTIN Bruno \(maintenant 5 h, absence justifiée\) a été modifiée/,
      );
      expect(e.message).toMatch(/Rien n’est enregistré/);
      const line = gridOfA.findIndex((l) => l.personId === bruno.id);
      expect(e.extensions?.['changedLines']).toEqual([
        {
          field: `entries.${line}`,
          key: bruno.id,
          sentVersion: 1,
          version: 2,
          current: {
            personId: bruno.id,
            firstName: 'Bruno',
            lastName: 'Bertin',
            minutesAttended: 300,
            absence: 'JUSTIFIED',
            absenceLabel: 'Absence justifiée',
          },
        },
      ]);
      const rows = Object.fromEntries((await sheet(session.id)).map((r) => [r.person_id, r]));
      expect(rows[bruno.id]).toMatchObject({ minutes_attended: 300, absence: 'JUSTIFIED' });
      expect(rows[alice.id]).toMatchObject({ minutes_attended: 420, absence: null });
    });

    it('A sending only the line she changed saves it; B’s line stays as B saved it', async () => {
      const gridOfA = await open(a);
      await bSavesBrunosLine();
      const { recordAttendance } = await a.ok(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [{ ...gridOfA.find((l) => l.personId === alice.id)!, minutesAttended: 360, absence: 'UNJUSTIFIED' }],
        },
      });
      expect(
        recordAttendance.attendances.map((l: { minutesAttended: number; version: number; person: { id: string } }) => [
          l.person.id,
          l.minutesAttended,
          l.version,
        ]),
      ).toEqual([
        [alice.id, 360, 2],
        [bruno.id, 300, 2],
      ]);
    });

    it('a person B added meanwhile is a CONFLICT for A adding her too; re-sent on the current version, A’s entry is saved', async () => {
      await b.ok(ATTEND, { input: { sessionId: session.id, entries: [{ personId: chloe.id, minutesAttended: 420 }] } });
      const e = await a.fail(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [{ personId: chloe.id, minutesAttended: 0, absence: 'JUSTIFIED', version: null }],
        },
      });
      expect(e.extensions?.code).toBe('CONFLICT');
      expect(e.extensions?.['changedLines']).toEqual([
        expect.objectContaining({ field: 'entries.0', key: chloe.id, sentVersion: null, version: 1 }),
      ]);
      // The grid keeps her entry and takes the line's current version: saving again applies it, knowingly.
      await a.ok(ATTEND, {
        input: {
          sessionId: session.id,
          entries: [{ personId: chloe.id, minutesAttended: 0, absence: 'JUSTIFIED', version: 1 }],
        },
      });
      expect((await sheet(session.id)).find((r) => r.person_id === chloe.id)).toMatchObject({
        minutes_attended: 0,
        absence: 'JUSTIFIED',
      });
    });

    it('a line sent without a version counts as read at its first version', async () => {
      // Nobody changed Alice's line since it was first saved: a client that does not read versions may replace it.
      await a.ok(ATTEND, {
        input: { sessionId: session.id, entries: [{ personId: alice.id, minutesAttended: 0, absence: 'JUSTIFIED' }] },
      });
      // Now it has been changed: the same client is refused, the change is kept.
      const e = await b.fail(ATTEND, {
        input: { sessionId: session.id, entries: [{ personId: alice.id, minutesAttended: 420 }] },
      });
      expect(e.extensions?.['changedLines']).toEqual([
        expect.objectContaining({ key: alice.id, sentVersion: 1, version: 2 }),
      ]);
      expect((await sheet(session.id)).find((r) => r.person_id === alice.id)).toMatchObject({ minutes_attended: 0 });
    });

    it('a line saved again unchanged keeps its version (no false conflict for the others)', async () => {
      const grid = await open(a);
      await a.ok(ATTEND, { input: { sessionId: session.id, entries: grid } });
      expect((await open(b)).map((l) => l.version)).toEqual([1, 1]);
    });
  });

  describe('Person.attendances and Person.trainingHours', () => {
    it('lists the person’s presences, latest first, and sums the training sessions they are registered to', async () => {
      const today = todayInParis();
      const p = await buildPerson(t.db, structureA.id);
      const past = await buildCollectiveSession(t.db, structureA.id, {
        title: 'Passée',
        sessionDate: addDays(today, -7),
        plannedMinutes: 420,
      });
      const todays = await buildCollectiveSession(t.db, structureA.id, {
        title: 'Aujourd’hui',
        sessionDate: today,
        plannedMinutes: 180,
      });
      const future = await buildCollectiveSession(t.db, structureA.id, {
        title: 'À venir',
        sessionDate: addDays(today, 14),
        plannedMinutes: 420,
      });
      const workshop = await buildCollectiveSession(t.db, structureA.id, {
        title: 'Atelier',
        kind: SessionKind.WORKSHOP,
        sessionDate: addDays(today, -3),
        plannedMinutes: 120,
      });
      await buildCollectiveSession(t.db, structureA.id, {
        title: 'Non inscrite',
        sessionDate: addDays(today, -1),
        plannedMinutes: 600,
      });
      await buildAttendance(t.db, structureA.id, past.id, p.id, {
        minutesAttended: 360,
        absence: AbsenceKind.JUSTIFIED,
      });
      await buildAttendance(t.db, structureA.id, todays.id, p.id, { minutesAttended: 180 });
      await buildAttendance(t.db, structureA.id, future.id, p.id, {
        minutesAttended: 0,
        absence: AbsenceKind.JUSTIFIED,
      });
      await buildAttendance(t.db, structureA.id, workshop.id, p.id, { minutesAttended: 120 });

      const { person } = await supervisor.ok(READ, { id: p.id });
      expect(person.attendances.map((x: { session: { title: string } }) => x.session.title)).toEqual([
        'À venir',
        'Aujourd’hui',
        'Atelier',
        'Passée',
      ]);
      expect(person.attendances[3]).toMatchObject({
        minutesAttended: 360,
        absence: 'JUSTIFIED',
        absenceLabel: 'Absence justifiée',
        session: { id: past.id, kind: 'TRAINING' },
      });
      expect(person.trainingHours).toEqual({
        plannedMinutes: 420 + 180 + 420,
        attendedMinutes: 360 + 180,
        plannedToDateMinutes: 420 + 180,
      });

      const nobody = await buildPerson(t.db, structureA.id);
      expect((await a.ok(READ, { id: nobody.id })).person).toEqual({
        attendances: [],
        trainingHours: { plannedMinutes: 0, attendedMinutes: 0, plannedToDateMinutes: 0 },
      });
    });
  });

  describe('recordAttendance: statements sent (issue 16, point 5)', () => {
    it('one attendance line costs at most 3 SQL statements, the request’s session lookup included', async () => {
      const session = await buildCollectiveSession(t.db, structureA.id, { plannedMinutes: 420 });
      const p = await buildPerson(t.db, structureA.id);
      await buildAttendance(t.db, structureA.id, session.id, p.id, {
        minutesAttended: 300,
        absence: AbsenceKind.JUSTIFIED,
      });
      t.queries.reset();
      await a.ok(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id plannedMinutes } }`, {
        input: { sessionId: session.id, entries: [{ personId: p.id, minutesAttended: 420 }] },
      });
      // The request's session lookup, the sheet's read, the write (no BEGIN/COMMIT: one statement is atomic).
      expect(t.queries.reset()).toBe(3);
      expect((await sheet(session.id))[0]).toMatchObject({ minutes_attended: 420, absence: null });
    });

    it('the one-statement write writes nothing when a line changed since it was read', async () => {
      const repo = t.app.get(SessionsRepository);
      const session = await buildCollectiveSession(t.db, structureA.id, { plannedMinutes: 420 });
      const p1 = await buildPerson(t.db, structureA.id);
      const p2 = await buildPerson(t.db, structureA.id);
      await buildAttendance(t.db, structureA.id, session.id, p2.id, { minutesAttended: 420 });
      const entries = [
        { personId: p1.id, minutesAttended: 420, absence: null },
        { personId: p2.id, minutesAttended: 360, absence: AbsenceKind.JUSTIFIED },
      ];
      // p2's line read at version 2 while it is at version 1: nothing is written, not even p1's new line.
      expect(await repo.writeSheetAtOnce(structureA.id, session.id, a.userId, entries, [null, 2])).toBe('NOT_WRITTEN');
      expect(await sheet(session.id)).toEqual([expect.objectContaining({ person_id: p2.id, minutes_attended: 420 })]);
      // p1's line said absent while someone added it: likewise.
      await buildAttendance(t.db, structureA.id, session.id, p1.id, { minutesAttended: 420 });
      expect(await repo.writeSheetAtOnce(structureA.id, session.id, a.userId, entries, [null, 1])).toBe('NOT_WRITTEN');
      expect((await sheet(session.id)).map((r) => r.minutes_attended)).toEqual([420, 420]);
      // Read at their versions: written, the changed line's version grows, the unchanged one keeps its own.
      expect(await repo.writeSheetAtOnce(structureA.id, session.id, a.userId, entries, [1, 1])).toBe('WRITTEN');
      const versions = await t.db.getRepository(SessionAttendanceEntity).findBy({ sessionId: session.id });
      expect(new Map(versions.map((r) => [r.personId, r.version]))).toEqual(
        new Map([
          [p1.id, 1],
          [p2.id, 2],
        ]),
      );
    });
  });
});

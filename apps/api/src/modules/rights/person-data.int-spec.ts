import JSZip from 'jszip';
import {
  buildExit,
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildPathwayEvent,
  buildPerson,
  buildReferral,
  buildStageTransition,
  buildStaffTime,
  buildStructure,
  type GraphqlClient,
  outcomeEvidence,
  signedInAs,
} from '@tremplin/api-testing';
import { AuditAction, Role } from '@tremplin/domain';
import { PdfReader, pdftotextAvailable } from '../../testing/pdf-text';
import { Like } from 'typeorm';
import { AuditLogEntity } from '../../core/audit/audit-log.entity';
import {
  personRowIds,
  setPersonCreatedAt,
  tablesReferencingPerson,
} from '../../testing/repositories/rights.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { WorkedMonthEntity } from '../activities';
import { PersonRetentionEntity } from './rights.entities';

const HOLD = `mutation($input: SetPersonLegalHoldInput!) {
  setPersonLegalHold(input: $input) { personId legalHoldReason legalHoldUntil lastContactOn anonymisationOn fseHoldUntil } }`;
const LIFT = `mutation($input: LiftPersonLegalHoldInput!) { liftPersonLegalHold(input: $input) { legalHoldReason } }`;
const STATUS = `query($personId: ID!) { personDataRetention(personId: $personId) { lastContactOn anonymisationOn legalHoldReason } }`;

/** Right of access (export), information notice and legal hold, from the person file (docs/domain/retention.md). */
describe('person data rights', () => {
  let t: TestApp;
  let structureId: string;
  let director: GraphqlClient & { userId: string };
  let counsellor: GraphqlClient & { userId: string };
  let otherDirector: GraphqlClient & { userId: string };
  let personId: string;

  const download = (client: GraphqlClient | null, path: string) =>
    fetch(`${t.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    t = await startTestApp();
    structureId = (await buildStructure(t.db, { name: 'Rouen Insertion Éco’Services' })).id;
    const other = await buildStructure(t.db, { name: 'Elbeuf Emploi' });
    director = await signedInAs(t, Role.DIRECTOR, structureId, { firstName: 'Claire', lastName: 'Martin' });
    counsellor = await signedInAs(t, Role.COUNSELLOR, structureId);
    otherDirector = await signedInAs(t, Role.DIRECTOR, other.id);
    personId = (
      await buildPerson(t.db, structureId, {
        firstName: 'Nadia',
        lastName: 'Benali',
        birthDate: '1988-03-14',
        email: 'nadia.benali@exemple.fr',
        phone: '06 12 34 56 78',
        addressLine: '12 rue des Tilleuls',
        postalCode: '76000',
        city: 'Rouen',
        counsellorId: counsellor.userId,
      })
    ).id;
    await setPersonCreatedAt(t.db, personId, '2026-01-02T09:00:00Z');
    // Records in many of the person's tables (and another person's, which must not leak into the export).
    const someoneElse = (await buildPerson(t.db, structureId, { firstName: 'Autre', lastName: 'Personne' })).id;
    await buildReferral(t.db, structureId, personId, { referredOn: '2026-01-05' });
    await buildPathwayEvent(t.db, structureId, personId, { title: 'Premier entretien', notes: 'Projet : cuisine' });
    await buildPathwayEvent(t.db, structureId, someoneElse, { title: 'Entretien d’un autre' });
    await buildStageTransition(t.db, structureId, personId);
    await outcomeEvidence.admission(t.db, structureId, personId);
    await outcomeEvidence.employmentContract(t.db, structureId, personId, { endDate: '2026-07-31' });
    await buildExit(t.db, structureId, personId);
    await buildStaffTime(t.db, structureId, counsellor.userId, { personId });
    await t.db.getRepository(WorkedMonthEntity).insert({ structureId, personId, month: '2026-03-01', minutes: 6000 });
    const funder = await buildFunder(t.db, structureId);
    const agreement = await buildFundingAgreement(t.db, structureId, funder.id);
    await buildFseParticipant(t.db, structureId, agreement.id, personId);
  });

  afterAll(() => t?.close());

  describe('legal hold', () => {
    it('the director sets it with a reason and lifts it, audited; the FSE+ hold is shown', async () => {
      const { setPersonLegalHold } = await director.ok(HOLD, {
        input: { personId, reason: '  Contrôle du Département en cours  ', until: '2099-12-31' },
      });
      expect(setPersonLegalHold).toEqual({
        personId,
        legalHoldReason: 'Contrôle du Département en cours',
        legalHoldUntil: '2099-12-31',
        lastContactOn: '2026-08-31',
        anonymisationOn: '2028-08-31',
        fseHoldUntil: '2034-12-31',
      });
      expect(await director.ok(LIFT, { input: { personId } })).toEqual({
        liftPersonLegalHold: { legalHoldReason: null },
      });
      await director.ok(HOLD, { input: { personId, reason: 'Litige prud’homal' } });
      const actions = await t.db.getRepository(AuditLogEntity).find({
        select: { action: true },
        where: { personId, action: Like('LEGAL_HOLD%') },
        order: { id: 'ASC' },
      });
      expect(actions.map((a) => a.action)).toEqual([
        AuditAction.LEGAL_HOLD_SET,
        AuditAction.LEGAL_HOLD_LIFTED,
        AuditAction.LEGAL_HOLD_SET,
      ]);
    });

    it('refuses a missing reason or a past end in French and changes nothing; others are refused', async () => {
      const retentionOf = () => t.db.getRepository(PersonRetentionEntity).findBy({ personId });
      const before = await retentionOf();
      const short = await director.fail(HOLD, { input: { personId, reason: ' ab ' } });
      expect(short.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(short.message).toContain('motif du gel');
      const past = await director.fail(HOLD, { input: { personId, reason: 'Contrôle FSE', until: '2020-01-01' } });
      expect(past.message).toContain('est passée');
      expect((await counsellor.fail(HOLD, { input: { personId, reason: 'Contrôle FSE' } })).extensions?.['code']).toBe(
        'FORBIDDEN',
      );
      expect((await otherDirector.fail(STATUS, { personId })).extensions?.['code']).toBe('NOT_FOUND');
      expect(await retentionOf()).toEqual(before);
    });
  });

  describe('export', () => {
    it('the archive holds every table that references the person, with exactly the person’s rows, and the PDF', async () => {
      const res = await download(director, `/api/persons/${personId}/data-export/zip`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/zip');
      expect(res.headers.get('content-disposition')).toMatch(
        /attachment; filename="donnees-benali-\d{4}-\d{2}-\d{2}\.zip"/,
      );
      const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
      const person = JSON.parse(await zip.file('person.json')!.async('string'));
      expect(person).toMatchObject({
        id: personId,
        first_name: 'Nadia',
        last_name: 'Benali',
        email: 'nadia.benali@exemple.fr',
      });

      // Walked here from information_schema, independently of the code: a new table referencing the person that the
      // export forgot fails this test.
      const referencing = await tablesReferencingPerson(t.db);
      expect(referencing.length).toBeGreaterThan(20);
      let nonEmpty = 0;
      for (const table_name of referencing) {
        const file = zip.file(`${table_name}.json`);
        if (!file) throw new Error(`La table ${table_name} référence la personne mais manque à l’export`);
        const rows: { id: string }[] = JSON.parse(await file.async('string'));
        const expected = await personRowIds(t.db, table_name, personId);
        expect({ table_name, ids: rows.map((r) => r.id).sort() }).toEqual({
          table_name,
          ids: [...expected].sort(),
        });
        if (rows.length) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThanOrEqual(10);
      const events = JSON.parse(await zip.file('pathway_event.json')!.async('string'));
      expect(events.map((e: { title: string }) => e.title)).toEqual(['Premier entretien']);
      expect(zip.file('audit_log.json')).not.toBeNull();
      const pdfName = Object.keys(zip.files).find((n) => n.endsWith('.pdf'));
      expect(pdfName).toBeDefined();

      const audit = await t.db.getRepository(AuditLogEntity).find({
        select: { actorUserId: true, details: true },
        where: { personId, action: AuditAction.PERSON_DATA_EXPORTED },
      });
      expect(audit).toEqual([
        {
          actorUserId: director.userId,
          details: expect.objectContaining({ format: 'zip', rows: expect.objectContaining({ pathway_event: 1 }) }),
        },
      ]);
      expect(JSON.stringify(audit)).not.toContain('Benali');
    });

    it('the PDF for the person reads back with the identity and the records, and is logged', async () => {
      const res = await download(director, `/api/persons/${personId}/data-export/pdf`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(
        await t.db.getRepository(AuditLogEntity).countBy({ personId, action: AuditAction.PERSON_DATA_EXPORTED }),
      ).toBe(2);
      if (!pdftotextAvailable()) return;
      const text = new PdfReader(pdf).text({ mode: 'reading order' }).replace(/\s+/g, ' ');
      for (const expected of [
        'Vos données détenues par Rouen Insertion Éco’Services',
        'Prénom : Nadia',
        'Nom : Benali',
        'Date de naissance : 14/03/1988',
        'nadia.benali@exemple.fr',
        '12 rue des Tilleuls, 76000, Rouen',
        'Entretiens et événements (1)',
        'Premier entretien',
        'Projet : cuisine',
        'Participation FSE+',
      ])
        expect(text).toContain(expected);
      expect(text).not.toContain('Entretien d’un autre');
    });

    it('only a director of the person’s structure exports', async () => {
      for (const format of ['zip', 'pdf']) {
        expect((await download(counsellor, `/api/persons/${personId}/data-export/${format}`)).status).toBe(403);
        expect((await download(otherDirector, `/api/persons/${personId}/data-export/${format}`)).status).toBe(404);
        expect((await download(null, `/api/persons/${personId}/data-export/${format}`)).status).toBe(401);
      }
      expect((await download(director, `/api/persons/pas-un-id/data-export/zip`)).status).toBe(404);
      expect(await t.db.getRepository(AuditLogEntity).countBy({ action: AuditAction.PERSON_DATA_EXPORTED })).toBe(2);
    });
  });

  describe('information notice', () => {
    it('prints purposes, recipients, retention, rights and contact, in French, for anyone who reads the person', async () => {
      const res = await download(counsellor, `/api/persons/${personId}/information-notice`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer());
      expect((await download(otherDirector, `/api/persons/${personId}/information-notice`)).status).toBe(404);
      expect((await download(null, `/api/persons/${personId}/information-notice`)).status).toBe(401);
      if (!pdftotextAvailable()) return;
      const text = new PdfReader(pdf).text({ mode: 'reading order' }).replace(/\s+/g, ' ');
      for (const expected of [
        'Vos données personnelles : notice d’information',
        'Remise à Nadia Benali',
        'Rouen Insertion Éco’Services',
        'Pourquoi ?',
        'Qui reçoit vos données ?',
        'Agence de services et de paiement',
        'conservé 2 ans après le dernier contact',
        'Fonds social européen',
        'Vos droits',
        'Faire corriger',
        'Comment les exercer ?',
        'www.cnil.fr/plaintes',
      ])
        expect(text).toContain(expected);
    });
  });
});

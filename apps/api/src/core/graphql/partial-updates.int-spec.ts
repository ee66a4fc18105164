import { isDeepStrictEqual } from 'node:util';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, type GraphQLInputObjectType, isInputObjectType } from 'graphql';
import {
  buildCertification,
  buildFseParticipant,
  buildFunder,
  buildFundingAgreement,
  buildHiringNeed,
  buildPartnerOrganisation,
  buildPartnership,
  buildPartnerSite,
  buildPerson,
  buildStructure,
  buildTutor,
  buildUser,
  contractRows,
  type GraphqlClient,
  signedInAs,
  signedInAsReviewer,
  validSiret,
} from '@tremplin/api-testing';
import { addDays, addMonths, FunderKind, Role, StructureKind, todayInParis, TutorSide } from '@tremplin/domain';
import { ProfessionalisationContractEntity } from '../../modules/contracts/contract.entities';
import { StructureEntity } from '../../modules/structures/structure.entity';
import { insertRowReturningId, rowById } from '../../testing/repositories/core-rows.repository';
import { startTestApp, type TestApp } from '../../testing/test-app';

/**
 * Issue 13, point 2 (docs/domain/concurrent-edits.md): every `update*` mutation of the served schema changes only the
 * fields it is given. For each one, a fully filled record is built; then, for each input field in turn, the mutation
 * is sent with that field alone (plus what names the record and the version read): the field's columns take the new
 * value and every other column of the row is unchanged. The same with `null`: the field is cleared, or — for a field
 * the record cannot do without — the request is refused (BAD_USER_INPUT, in French) and the row is untouched.
 *
 * The mutations are found in the schema: a new `update*` mutation, or a new field of one, fails here until it has
 * its fixture below.
 */

type Row = Record<string, unknown>;
type Caller = 'director' | 'admin' | 'reviewer';

interface FieldCase {
  /** A new value, valid for the record as built (the merged record is validated as a whole). */
  value: unknown;
  /** The columns the field writes (default: the field's name in snake_case). */
  columns?: string[];
  /** Builds the record differently for this field (when the default record leaves no other valid value). */
  build?: () => Promise<string>;
  /**
   * What `null` does: clears the field (default); `refused` — the record cannot do without it, or the merged record
   * would break a rule (BAD_USER_INPUT naming the field, nothing written); `kept` — not a value but an action.
   */
  null?: 'refused' | 'kept';
}

interface UpdateFixture {
  caller: Caller;
  table: string;
  /** A record with every field the mutation can change filled; its id. */
  build(): Promise<string>;
  /** The input fields that name the record and carry the version read, from its row. */
  keys(row: Row): Record<string, unknown>;
  fields: Record<string, FieldCase>;
}

/** Columns that record a change rather than hold data. */
const BOOKKEEPING = ['updated_at', 'version'];
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const byVersion = (row: Row) => ({ id: row['id'], version: row['version'] });

describe('every update mutation changes only the fields it is given', () => {
  let t: TestApp;
  let callers: Record<Caller, GraphqlClient>;
  let fixtures: Record<string, UpdateFixture>;
  let mutations: { name: string; input: GraphQLInputObjectType }[];

  const rowOf = async (table: string, id: string): Promise<Row> => (await rowById(t.db, table, id)) as Row;

  beforeAll(async () => {
    t = await startTestApp();
    const today = todayInParis();
    const s = await buildStructure(t.db);
    const director = await signedInAs(t, Role.DIRECTOR, s.id);
    const counsellor = await buildUser(t.db, { role: Role.COUNSELLOR, structureId: s.id });
    const adminUser = await buildUser(t.db, { role: Role.ADMINISTRATOR });
    const admin = t.client();
    await admin.signIn(adminUser.email, adminUser.password);

    // The world the records point into.
    const landlord = await buildPartnerOrganisation(t.db, { name: 'Bailleur des mises à jour partielles' });
    await buildPartnership(t.db, s.id, landlord.id, { startedOn: addMonths(today, -24) });
    const reviewer = await signedInAsReviewer(t, landlord.id);
    const [site1, site2] = [await buildPartnerSite(t.db, landlord.id), await buildPartnerSite(t.db, landlord.id)];
    const [cert1, cert2] = [await buildCertification(t.db), await buildCertification(t.db)];
    const [structureTutor1, structureTutor2] = [await buildTutor(t.db, s.id), await buildTutor(t.db, s.id)];
    const hostTutor = (n: number) =>
      buildTutor(t.db, s.id, { side: TutorSide.HOST, partnerOrganisationId: landlord.id, lastName: `Accueil${n}` });
    const [hostTutor1, hostTutor2] = [await hostTutor(1), await hostTutor(2)];
    const [opco1, opco2] = [
      await buildFunder(t.db, s.id, { kind: FunderKind.OPCO, name: 'OPCO 1' }),
      await buildFunder(t.db, s.id, { kind: FunderKind.OPCO, name: 'OPCO 2' }),
    ];
    const fsePlus = await buildFunder(t.db, s.id, { kind: FunderKind.FSE_PLUS, name: 'FSE+ Normandie' });
    const fseOperation = await buildFundingAgreement(t.db, s.id, fsePlus.id, {
      startDate: addMonths(today, -36),
      endDate: addMonths(today, 12),
    });
    let n = 0;
    const unique = (prefix: string) => `${prefix} ${++n}`;

    const person = (o: { stage?: never } = {}) =>
      buildPerson(t.db, s.id, {
        ...o,
        email: 'avant@exemple.fr',
        sex: 'WOMAN',
        phone: '0600000000',
        addressLine: '1 rue Ancienne',
        postalCode: '76000',
        city: 'Rouen',
        counsellorId: director.userId,
      });

    // FSE+: entered two years ago, left 14 months ago, followed up 7 months ago.
    const fseRecord = (o: Parameters<typeof buildFseParticipant>[4] = {}) =>
      person().then((p) =>
        buildFseParticipant(t.db, s.id, fseOperation.id, p.id, {
          entryDate: addMonths(today, -24),
          gender: 'WOMAN',
          labourMarketStatus: 'LONG_TERM_UNEMPLOYED',
          iscedLevel: 'ISCED_0_2',
          situations: ['RURAL_AREA'],
          situationsAnswered: true,
          exitDate: addMonths(today, -14),
          exitSituation: 'EMPLOYED',
          sixMonthsCheckedOn: addMonths(today, -7),
          sixMonthsEmployed: true,
          sixMonthsImprovedSituation: true,
          ...o,
        }),
      );

    const contract = async (o: Partial<Parameters<typeof contractRows.contract>[3]> = {}) => {
      const p = await person();
      return contractRows.contract(t.db, s.id, p.id, {
        certificationId: cert1.id,
        collectiveAgreement: 'CCN des ateliers et chantiers d’insertion',
        franceTravailId: '1234567A',
        trainingBodySiret: validSiret(),
        branchAgreementReference: 'Accord de branche 2024',
        branchAgreementMaxTrainingPercent: 30,
        structureTutorId: structureTutor1.id,
        hostTutorId: hostTutor1.id,
        hostTutorExperienceMonths: 36,
        opcoFunderId: opco1.id,
        opcoFileNumber: 'OPCO-0001',
        hourlyRateCents: 915,
        ...o,
      });
    };

    const hiringNeed = () =>
      buildHiringNeed(t.db, landlord.id, {
        siteId: site1.id,
        jobTitle: 'Gardien·ne d’immeuble',
        positions: 2,
        startDate: addMonths(today, 2),
        requirements: 'Permis B',
        createdByStructureId: s.id,
      });
    const hiringNeedFields: Record<string, FieldCase> = {
      siteId: { value: site2.id },
      jobTitle: { value: 'Agent·e d’entretien', null: 'refused' },
      positions: { value: 3, null: 'refused' },
      startDate: { value: addMonths(today, 3), null: 'refused' },
      requirements: { value: 'CACES' },
      status: { value: 'FILLED', null: 'refused' },
    };

    const groupNewcomer = await person();
    fixtures = {
      updatePerson: {
        caller: 'director',
        table: 'person',
        build: async () => (await person()).id,
        keys: byVersion,
        fields: {
          firstName: { value: 'Camille', columns: ['first_name', 'sort_key'], null: 'refused' },
          lastName: { value: 'Nouveau', columns: ['last_name', 'sort_key'], null: 'refused' },
          birthDate: { value: '1985-06-30', null: 'refused' },
          sex: { value: 'MAN' },
          email: { value: 'apres@exemple.fr' },
          phone: { value: '0611223344' },
          addressLine: { value: '3 rue Neuve' },
          postalCode: { value: '76100' },
          city: { value: 'Évreux' },
          counsellorId: { value: counsellor.id },
        },
      },
      updateFunder: {
        caller: 'director',
        table: 'funder',
        build: async () =>
          (
            await buildFunder(t.db, s.id, {
              kind: FunderKind.OPCO,
              name: unique('Financeur'),
              hourlyRateCents: 915,
              contactEmail: 'contact@financeur.fr',
            })
          ).id,
        keys: byVersion,
        fields: {
          kind: { value: FunderKind.REGION, null: 'refused' },
          name: { value: 'Région Normandie', null: 'refused' },
          hourlyRateCents: { value: 1000 },
          contactEmail: { value: 'autre@financeur.fr' },
        },
      },
      updateFundingAgreement: {
        caller: 'director',
        table: 'funding_agreement',
        build: async () =>
          (
            await buildFundingAgreement(t.db, s.id, opco1.id, {
              reference: unique('CONV'),
              title: 'Convention complète',
              startDate: '2026-01-01',
              endDate: '2026-12-31',
              amountGrantedCents: 5_000_000,
              coFinancingRateBp: 6_000,
              hourlyRateCents: 915,
              scope: 'Gardien·nes d’immeuble, Rouen',
              indicators: ['PARTICIPANTS'],
            })
          ).id,
        keys: byVersion,
        fields: {
          funderId: { value: opco2.id, null: 'refused' },
          reference: { value: 'CONV-RENOMMEE', null: 'refused' },
          title: { value: 'Convention renommée', null: 'refused' },
          startDate: { value: '2025-06-01', null: 'refused' },
          endDate: { value: '2027-06-30', null: 'refused' },
          amountGrantedCents: { value: 6_000_000, null: 'refused' },
          coFinancingRateBp: { value: 5_000, null: 'refused' },
          hourlyRateCents: { value: 1_000 },
          sourceKinds: { value: ['MISSION'], null: 'refused' },
          scope: { value: 'Tout public' },
          indicators: { value: ['HIRES', 'ENTRIES'] },
        },
      },
      updateFseParticipant: {
        caller: 'director',
        table: 'fse_participant',
        build: async () => (await fseRecord()).id,
        keys: byVersion,
        fields: {
          entryDate: { value: addMonths(today, -20), null: 'refused' },
          gender: { value: 'MAN' },
          labourMarketStatus: { value: 'INACTIVE' },
          iscedLevel: { value: 'ISCED_5_8' },
          situations: { value: ['HOMELESS_OR_HOUSING_EXCLUSION'] },
          situationsAnswered: { value: false, build: async () => (await fseRecord({ situations: [] })).id },
          exitDate: { value: addMonths(today, -13), null: 'refused' },
          exitSituation: { value: 'JOB_SEARCHING' },
          sixMonthsCheckedOn: { value: addDays(today, -30), null: 'refused' },
          sixMonthsEmployed: { value: false },
          sixMonthsImprovedSituation: { value: false },
        },
      },
      updateHiringNeed: {
        caller: 'director',
        table: 'hiring_need',
        build: async () => (await hiringNeed()).id,
        keys: byVersion,
        fields: hiringNeedFields,
      },
      updateJobOffer: {
        caller: 'director',
        table: 'job_offer',
        build: () =>
          insertRowReturningId(t.db, 'job_offer', {
            structure_id: s.id,
            job_title: unique('Offre'),
            town: 'Rouen',
            postal_code: '76000',
            contract_kind: 'CDDI',
            description: 'Débroussaillage',
          }),
        keys: (row) => ({ jobOfferId: row['id'], version: row['version'] }),
        fields: {
          jobTitle: { value: 'Plombier·e', null: 'refused' },
          town: { value: 'Elbeuf', null: 'refused' },
          postalCode: { value: '76500' },
          contractKind: { value: 'CDI', null: 'refused' },
          description: { value: 'Chantiers de rénovation' },
          status: { value: 'CLOSED', null: 'refused' },
        },
      },
      portalUpdateHiringNeed: {
        caller: 'reviewer',
        table: 'hiring_need',
        build: async () => (await hiringNeed()).id,
        keys: byVersion,
        fields: hiringNeedFields,
      },
      updateTrainingGroup: {
        caller: 'director',
        table: 'training_group',
        build: async () => {
          const members = [(await person()).id, (await person()).id];
          const { createTrainingGroup: g } = await director.ok<{ createTrainingGroup: { id: string } }>(
            `mutation($input: CreateTrainingGroupInput!) { createTrainingGroup(input: $input) { id } }`,
            {
              input: {
                name: unique('Promotion'),
                startsOn: '2026-01-05',
                endsOn: '2026-06-30',
                memberIds: members,
                supervisorIds: [counsellor.id],
              },
            },
          );
          return g.id;
        },
        keys: byVersion,
        fields: {
          name: { value: 'Promotion renommée', null: 'refused' },
          startsOn: { value: '2026-01-12', null: 'refused' },
          endsOn: { value: '2026-07-31' },
          // Not columns of the group: members and supervisors are rows of their own tables.
          addMemberIds: { value: [groupNewcomer.id], columns: [], null: 'kept' },
          removeMemberIds: { value: [groupNewcomer.id], columns: [], null: 'kept' },
          supervisorIds: { value: [director.userId], columns: [], null: 'kept' },
        },
      },
      updatePartnerOrganisation: {
        caller: 'admin',
        table: 'partner_organisation',
        build: async () =>
          (await buildPartnerOrganisation(t.db, { name: unique('Organisation'), siret: validSiret(), city: 'Rouen' }))
            .id,
        keys: (row) => ({ id: row['id'], updatedAt: (row['updated_at'] as Date).toISOString() }),
        fields: {
          name: { value: 'Organisation renommée', null: 'refused' },
          kind: { value: 'OTHER', null: 'refused' },
          siret: { value: validSiret() },
          city: { value: 'Le Havre' },
        },
      },
      updateStructure: {
        caller: 'admin',
        table: 'structure',
        build: async () => {
          const { id } = await buildStructure(t.db, { name: unique('Structure'), kind: StructureKind.ACI });
          await t.db.getRepository(StructureEntity).update(
            { id },
            {
              departement: '76',
              conventionNumber: 'ACI 076 25 0001',
              conventionStartsOn: '2025-01-01',
              conventionEndsOn: '2027-12-31',
              annexNumber: 'ACI07625A0001',
              annexStartsOn: '2026-01-01',
              annexEndsOn: '2026-12-31',
              hiringTarget: 12,
            },
          );
          return id;
        },
        keys: (row) => ({ id: row['id'], updatedAt: (row['updated_at'] as Date).toISOString() }),
        fields: {
          name: { value: 'Structure renommée', null: 'refused' },
          kind: { value: StructureKind.EI, null: 'refused' },
          siret: { value: validSiret(), null: 'refused' },
          city: { value: 'Le Havre' },
          departement: { value: '27' },
          conventionNumber: { value: 'ACI 076 25 0002' },
          conventionStartsOn: { value: '2025-02-01' },
          conventionEndsOn: { value: '2028-12-31' },
          annexNumber: { value: 'ACI07625A0002' },
          annexStartsOn: { value: '2026-02-01' },
          annexEndsOn: { value: '2026-11-30' },
          hiringTarget: { value: 20 },
        },
      },
      updatePartnerSite: {
        caller: 'admin',
        table: 'partner_site',
        build: async () =>
          (
            await buildPartnerSite(t.db, landlord.id, {
              name: unique('Résidence'),
              addressLine: '2 allée des Tilleuls',
              postalCode: '76000',
              city: 'Rouen',
            })
          ).id,
        keys: byVersion,
        fields: {
          name: { value: 'Résidence renommée', null: 'refused' },
          addressLine: { value: '4 allée des Chênes' },
          postalCode: { value: '76100' },
          city: { value: 'Sotteville-lès-Rouen' },
        },
      },
      updateProfessionalisationContract: {
        caller: 'director',
        table: 'professionalisation_contract',
        build: async () => (await contract()).id,
        keys: byVersion,
        fields: {
          cerfaKind: { value: 2, null: 'refused' },
          form: { value: 'CDI', null: 'refused' },
          publicCategory: { value: 'LONG_TERM_JOBSEEKER', null: 'refused' },
          employerSiret: { value: validSiret(), null: 'refused' },
          workplaceSiret: { value: validSiret(), null: 'refused' },
          collectiveAgreement: { value: 'CCN des entreprises de propreté' },
          jobTitle: { value: 'Agent·e d’entretien', null: 'refused' },
          franceTravailId: { value: '7654321B' },
          startDate: { value: '2026-09-15', null: 'refused' },
          endDate: { value: '2027-09-14', null: 'refused' },
          trialPeriodDays: { value: 15, null: 'refused' },
          weeklyMinutes: { value: 30 * 60, null: 'refused' },
          grossMonthlyPayCents: { value: 190_000, null: 'refused' },
          certificationId: { value: cert2.id, null: 'refused' },
          trainingBodyName: { value: 'GRETA Rouen', null: 'refused' },
          trainingBodySiret: { value: validSiret() },
          plannedTrainingMinutes: { value: 400 * 60, null: 'refused' },
          branchAgreementReference: { value: 'Accord de branche 2025' },
          branchAgreementMaxTrainingPercent: { value: 40 },
          structureTutorId: { value: structureTutor2.id },
          hostTutorId: { value: hostTutor2.id },
          hostTutorExperienceMonths: { value: 48 },
          hostTutorIsEmployer: { value: true, null: 'refused' },
          opcoFunderId: { value: opco2.id },
          opcoFileNumber: { value: 'OPCO-0002' },
          hourlyRateCents: { value: 1_000 },
        },
      },
      updateContractBreakFollowUp: {
        caller: 'director',
        table: 'contract_break_follow_up',
        build: async () => {
          const brokenOn = addDays(today, -20);
          const c = await contract({ status: 'BROKEN', brokenOn, breakReason: 'MUTUAL_AGREEMENT' });
          const { personId } = await t.db
            .getRepository(ProfessionalisationContractEntity)
            .findOneByOrFail({ id: c.id });
          return (
            await contractRows.followUp(t.db, s.id, personId, c.id, {
              dueOn: addDays(brokenOn, 15),
              opcoInformedOn: addDays(brokenOn, 2),
              reorientation: 'Entrée en formation qualifiante',
            })
          ).id;
        },
        keys: byVersion,
        fields: {
          opcoInformedOn: { value: addDays(today, -10) },
          reorientation: { value: 'CDD chez un bailleur' },
          close: { value: true, columns: ['closed_on'], null: 'kept' },
        },
      },
    };
    callers = { director, admin, reviewer };

    const schema = t.app.get(GraphQLSchemaHost).schema;
    mutations = Object.values(schema.getMutationType()!.getFields())
      .filter((f) => /(^update|Update)[A-Z]/.test(f.name))
      .map((f) => {
        const input = getNamedType(f.args.find((a) => a.name === 'input')!.type);
        if (!isInputObjectType(input)) throw new Error(`${f.name} n’a pas d’argument input`);
        return { name: f.name, input };
      });
  });
  afterAll(() => t?.close());

  /** The fields of a mutation's input that are data, with their fixture (throws when one has none). */
  const casesOf = (m: { name: string; input: GraphQLInputObjectType }) => {
    const fixture = fixtures[m.name];
    if (!fixture)
      throw new Error(
        `${m.name} n’a pas de fixture : ajoutez-la dans partial-updates.int-spec.ts (un enregistrement complet et une valeur par champ).`,
      );
    const keys = Object.keys(fixture.keys({ id: null, version: null, updated_at: new Date() }));
    const fields = Object.keys(m.input.getFields()).filter((f) => !keys.includes(f));
    const missing = fields.filter((f) => !fixture.fields[f]);
    if (missing.length) throw new Error(`${m.name} : pas de valeur de test pour ${missing.join(', ')}.`);
    return { fixture, fields };
  };

  const shown = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v));
  const cleared = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);

  it('finds the update mutations in the schema, each with a fixture for every field of its input', () => {
    expect(mutations.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'portalUpdateHiringNeed',
        'updateContractBreakFollowUp',
        'updateFseParticipant',
        'updateFunder',
        'updateFundingAgreement',
        'updateHiringNeed',
        'updatePartnerOrganisation',
        'updatePartnerSite',
        'updatePerson',
        'updateProfessionalisationContract',
      ]),
    );
    for (const m of mutations) casesOf(m);
  });

  it('a field sent alone changes its own columns only; null clears it, or is refused in French and changes nothing', async () => {
    const failures: string[] = [];
    for (const m of mutations) {
      const { fixture, fields } = casesOf(m);
      const document = `mutation($input: ${m.input.name}!) { ${m.name}(input: $input) { __typename } }`;
      for (const field of fields) {
        const c = fixture.fields[field];
        const columns = c.columns ?? [snake(field)];
        for (const value of [c.value, null]) {
          const label = `${m.name}(${field}: ${shown(value)})`;
          const id = await (c.build ?? fixture.build)();
          const before = await rowOf(fixture.table, id);
          const r = await callers[fixture.caller].request(document, {
            input: { ...fixture.keys(before), [field]: value },
          });
          const after = await rowOf(fixture.table, id);
          const error = r.errors?.[0];
          if (error) {
            const refusalExpected = value === null && c.null === 'refused';
            if (!refusalExpected) failures.push(`${label} : refusé (${error.extensions?.code}) — ${error.message}`);
            else if (
              error.extensions?.code !== 'BAD_USER_INPUT' ||
              !error.extensions.fieldErrors?.some((f) => f.field === field)
            )
              failures.push(`${label} : refusé sans nommer le champ (${error.extensions?.code}) — ${error.message}`);
            if (!isDeepStrictEqual(after, before)) failures.push(`${label} : refusé, mais la ligne a changé`);
            continue;
          }
          if (value === null && c.null === 'refused')
            failures.push(`${label} : accepté, alors que le champ est obligatoire`);
          const moved = Object.keys(before).filter(
            (k) => !BOOKKEEPING.includes(k) && !columns.includes(k) && !isDeepStrictEqual(after[k], before[k]),
          );
          if (moved.length)
            failures.push(
              `${label} : a aussi changé ${moved.map((k) => `${k} (${shown(before[k])} → ${shown(after[k])})`).join(', ')}`,
            );
          for (const column of columns)
            if (value !== null && isDeepStrictEqual(after[column], before[column]))
              failures.push(`${label} : ${column} n’a pas pris la valeur envoyée`);
            else if (value === null && c.null !== 'kept' && !cleared(after[column]))
              failures.push(`${label} : ${column} n’est pas effacé (${shown(after[column])})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

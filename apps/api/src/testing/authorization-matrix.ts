/**
 * The authorization matrix (issue 14, acceptance): built from the live schema, every query and mutation that takes an id
 * (an ID argument, or an ID field of an input, at any depth) is called as every role, with every id position in turn
 * filled with an id the caller must not reach (another structure's record; for a landlord's reviewer, also what was not
 * shared with the landlord), the other positions holding the caller's own valid ids. Each call must be refused or
 * answer nothing: FORBIDDEN exactly when the role lacks the permissions the operation's `@Allow` names (read from the
 * resolvers' metadata), otherwise NOT_FOUND / BAD_USER_INPUT / FORBIDDEN or an empty answer — never a value of the other
 * structure in the response, never a row written (checksum of every table before and after each operation's calls).
 *
 * Used by `authorization-matrix.int-spec.ts`, which also proves that it reports a guard removed.
 */
import { ModulesContainer } from '@nestjs/core';
import { hasPermissions, type Permission, Role } from '@tremplin/domain';
import type { DataSource } from 'typeorm';
import type {
  FieldDef,
  GqlResponse,
  GraphqlClient,
  IdPosition,
  OperationKind,
  SchemaWalker,
} from '@tremplin/api-testing';
import { PERMISSIONS_KEY, PUBLIC_KEY } from '../core/auth/auth.decorators';
import { tablesChecksum } from './repositories/database-catalog.repository';

export { tablesChecksum };

/** What an id designates, for choosing the caller's own id and the foreign ones. */
export type IdKind =
  | 'person'
  | 'staffUser'
  | 'reviewerUser'
  | 'tutor'
  | 'tutoring'
  | 'session'
  | 'attendance'
  | 'mission'
  | 'proposal'
  | 'need'
  | 'site'
  | 'organisation'
  | 'partnership'
  | 'group'
  | 'trainingGroup'
  | 'funder'
  | 'agreement'
  | 'allocation'
  | 'fseParticipant'
  | 'contract'
  | 'breakFollowUp'
  | 'pass'
  | 'hire'
  | 'upload'
  | 'report'
  | 'notification'
  | 'structure'
  | 'certification'
  | 'block'
  | 'coachingRequest'
  | 'network'
  | 'jobOffer'
  | 'sharedOffer'
  | 'boardProposal'
  | 'replacementRequest'
  | 'unavailability';

/** Shared catalogues (certifications and their blocks): the same for every structure, nothing to refuse. */
const CATALOGUE_KINDS = new Set<IdKind>(['certification', 'block']);

const BY_NAME: Record<string, IdKind> = {
  personId: 'person',
  counsellorId: 'staffUser',
  userId: 'staffUser',
  coachId: 'staffUser',
  requestId: 'coachingRequest',
  tutorId: 'tutor',
  hostTutorId: 'tutor',
  structureTutorId: 'tutor',
  tutoringId: 'tutoring',
  sessionId: 'session',
  sourceIds: 'attendance',
  missionId: 'mission',
  proposalId: 'proposal',
  hiringNeedId: 'need',
  siteId: 'site',
  partnerOrganisationId: 'organisation',
  hostOrganisationId: 'organisation',
  employerOrganisationId: 'organisation',
  partnershipId: 'partnership',
  partnershipIds: 'partnership',
  groupId: 'group',
  memberIds: 'person',
  addMemberIds: 'person',
  removeMemberIds: 'person',
  supervisorIds: 'staffUser',
  funderId: 'funder',
  opcoFunderId: 'funder',
  agreementId: 'agreement',
  passId: 'pass',
  hireId: 'hire',
  uploadId: 'upload',
  structureId: 'structure',
  certificationId: 'certification',
  blockId: 'block',
  certificationBlockId: 'block',
  hiringNeedIds: 'need',
  structureIds: 'structure',
  networkId: 'network',
  jobOfferId: 'jobOffer',
  sharedOfferId: 'sharedOffer',
  boardProposalId: 'boardProposal',
  requiredBlockIds: 'block',
  personIds: 'person',
};

/** `id` / `ids`: what they designate depends on the operation. Review when a new operation takes a bare id. */
const BARE_ID_BY_OPERATION: [RegExp, IdKind][] = [
  [/^(person|updatePerson)$/, 'person'],
  [/^(funder|updateFunder)$/, 'funder'],
  [/^(fundingAgreement|updateFundingAgreement)$/, 'agreement'],
  [/^importUpload$/, 'upload'],
  [/^portalProposal$/, 'proposal'],
  [/ProfessionalisationContract$|^professionalisationContract$|^recordOpcoDecision$/, 'contract'],
  [/^updateContractBreakFollowUp$/, 'breakFollowUp'],
  [/^reportJob$/, 'report'],
  [/^(updateStructure|setStructureActive)$/, 'structure'],
  [/PartnerReviewer(Password)?$/, 'reviewerUser'],
  [/PartnershipGroup$/, 'group'],
  [/^(trainingGroup|updateTrainingGroup)$/, 'trainingGroup'],
  [/^removeFundingAllocation$/, 'allocation'],
  [/^updateFseParticipant$/, 'fseParticipant'],
  [/HiringNeed$/, 'need'],
  [/^updatePartnerOrganisation$/, 'organisation'],
  [/^updatePartnerSite$/, 'site'],
  [/^markNotificationsRead$/, 'notification'],
  [/^removePersonUnavailability$/, 'unavailability'],
];

/** `groupId` of these operations is a training group's (« promotion »), not a partnership group's. */
const TRAINING_GROUP_OPERATIONS = /^(createSessionSeries|attendanceWeek|createCollectiveSession)$/;
/** `requestId` of these operations is a replacement request's, not a coaching (mediation) request's. */
const REPLACEMENT_OPERATIONS = /replacement/i;

export function idKind(operation: string, position: IdPosition): IdKind | null {
  if (position.name === 'groupId' && TRAINING_GROUP_OPERATIONS.test(operation)) return 'trainingGroup';
  if (position.name === 'requestId' && REPLACEMENT_OPERATIONS.test(operation)) return 'replacementRequest';
  if (position.name === 'id' || position.name === 'ids')
    return BARE_ID_BY_OPERATION.find(([re]) => re.test(operation))?.[1] ?? null;
  return BY_NAME[position.name] ?? null;
}

/**
 * Operations where an id of an organisation without partnership, or of another installation-wide record, is legitimate
 * (not a tenancy breach): the position is not tested as foreign for them. Each with its reason; review any change.
 */
export const LEGITIMATE_ANYWHERE: Record<string, { kinds: IdKind[]; why: string }> = {
  savePartnership: {
    kinds: ['organisation'],
    why: 'la direction ouvre un partenariat avec un bailleur encore non partenaire',
  },
  recordImmersion: { kinds: ['organisation'], why: 'une PMSMP peut se faire chez toute organisation listée' },
  recordHire: { kinds: ['organisation'], why: 'une embauche peut se faire chez tout employeur listé' },
  createTutor: { kinds: ['organisation'], why: 'un tuteur d’accueil peut appartenir à toute organisation listée' },
  portalRequestReplacement: {
    kinds: ['structure'],
    why: 'un bailleur adresse sa demande à une structure partenaire (celle-ci peut l’être d’autres) ; sans partenariat, refusée : replacements.int-spec.ts',
  },
};

/**
 * Operations whose id is a handle on the caller's own records only, never an id of a structure's data: no foreign id
 * exists to send. Each with the test that proves another user's handle is refused.
 */
export const CALLER_OWN_HANDLES: Record<string, string> = {
  endSession:
    'l’empreinte d’une session de l’appelant (WHERE user_id = appelant) : two-factor.int-spec.ts, « Mes sessions »',
};

/**
 * Operations the administrator runs across the installation (partner admin, structures and their staff: issue 15,
 * points 2-3): their ids are not foreign to her.
 */
const ADMIN_INSTALLATION_KINDS = new Set<IdKind>([
  'organisation',
  'site',
  'reviewerUser',
  'structure',
  'staffUser',
  'network',
]);

/**
 * Valid values for non-id fields, by field name, so that generated calls pass input validation and reach the checks
 * on their ids (a call refused on another field does not test its id: such calls are listed in `unreached`).
 */
const VALID_BY_NAME: Record<string, unknown> = {
  birthDate: '1990-01-15',
  sex: 'WOMAN',
  phone: '06 12 34 56 78',
  prescriberKind: 'FRANCE_TRAVAIL',
  prescriberContactPhone: '02 35 12 34 56',
  sourceKind: 'TRAINING_ATTENDANCE',
  sourceKinds: ['TRAINING_ATTENDANCE'],
  indicators: [],
  situations: [],
  gender: 'WOMAN',
  labourMarketStatus: 'UNEMPLOYED',
  iscedLevel: 'ISCED_0_2',
  exitSituation: null,
  outcome: 'ADMITTED',
  level: 'PROGRESSING',
  absence: null,
  monthsAfter: 6,
  form: 'CDD',
  publicCategory: 'STANDARD',
  employerSiret: '73282932000074',
  workplaceSiret: '44306184100047',
  trainingBodySiret: '44306184100047',
  franceTravailId: null,
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  alert: null,
  contractStatus: null,
  decision: 'ACCEPTED',
  contractKind: 'CDI',
  postalCode: '76000',
};

/** A replacement's slot in the future, so that a request passes its checks and reaches its ids. */
const REPLACEMENT_SLOT: Record<string, unknown> = {
  'input.startsAt': '2030-01-08T20:00:00.000Z',
  'input.endsAt': '2030-01-09T06:00:00.000Z',
  'input.answerBy': '2030-01-08T17:00:00.000Z',
  'input.minutes': 600,
  'input.jobLabel': 'Veilleur de nuit',
  'input.minLevel': 'PROGRESSING',
  'input.requiredClearances': [],
};

/** The same, for names whose valid values depend on the operation. */
export const VALID_BY_OPERATION: Record<string, Record<string, unknown>> = {
  // The device's token of an evaluation entered offline (a UUID or nothing): the person's id is the one walked.
  recordSkillsEvaluation: { 'input.clientId': null },
  recordMission: { 'input.kind': 'TEST', 'input.minutes': 600 },
  recordPathwayEvent: { 'input.kind': 'SELECTION_INTERVIEW' },
  recordCoachingContact: { 'input.kind': 'MEDIATION' },
  updateFunder: { 'input.kind': 'OPCO' },
  createFunder: { 'input.kind': 'OPCO' },
  generateReport: { 'input.kind': 'FSE_PLUS', 'input.partnershipId': undefined },
  prolongPassIae: { 'input.reason': 'COMPLETE_TRAINING' },
  suspendPassIae: { 'input.reason': 'CONTRACT_SUSPENDED' },
  renewProfessionalisationContract: { 'input.reason': 'EXAM_FAILURE' },
  portalDecideProposal: { 'input.decision': 'DECLINE' },
  allocateFunding: { 'input.quantity': null },
  recordEligibilityDiagnosis: { 'input.author': 'EMPLOYER', 'input.criteria.code': 'RSA' },
  recordEmploymentContract: { 'input.kind': 'CDDI' },
  recordExamSession: { 'input.results.result': 'FULL' },
  recordExit: { 'input.reason': 'CDI' },
  recordImmersion: { 'input.objective': 'DISCOVER_JOB' },
  changeStaffRole: { 'input.role': 'COUNSELLOR' },
  inviteStaff: { 'input.role': 'COUNSELLOR' },
  setPersonLegalHold: { 'input.until': null },
  createCollectiveSession: { 'input.kind': 'WORKSHOP' },
  createSessionSeries: { 'input.kind': 'WORKSHOP', 'input.weekdays': [1] },
  attendanceWeek: { weekStart: '2026-06-01' },
  missionHoursWeek: { weekStart: '2026-01-05', site: null },
  missionHostOrganisations: { weekStart: null },
  recordMissionDays: { 'input.lines.day': '2026-01-05', 'input.lines.minutes': 420, 'input.lines.version': null },
  requestReplacement: REPLACEMENT_SLOT,
  portalRequestReplacement: REPLACEMENT_SLOT,
  setPersonAvailability: {
    'input.ranges.weekday': 2,
    'input.ranges.startMinute': 1200,
    'input.ranges.endMinute': 1440,
    'input.version': 0,
  },
  removePersonClearance: { code: 'SST' },
  setPersonClearance: { 'input.code': 'SST', 'input.expiresOn': null },
  addPersonUnavailability: { 'input.startsOn': '2030-01-01', 'input.endsOn': '2030-01-02', 'input.reason': null },
};

/**
 * Positions the generated call cannot reach (their refusal comes from another check first, whatever the values): the
 * test allows them, named, and fails on any other unreached position — a new operation must be given valid values.
 */
export const KNOWN_UNREACHED = new Set([
  // A shared target needs two partnerships or more; the walker sends lists of one id.
  'savePartnershipGroup.input.id',
]);

export interface MatrixRole {
  label: string;
  role: Role;
  client: GraphqlClient;
  /** The caller's own valid id of each kind (other positions of a call hold them). */
  own: Partial<Record<IdKind, string>>;
  /** Ids the caller must not reach, by kind. */
  foreign: Partial<Record<IdKind, string[]>>;
}

export interface MatrixOptions {
  db: DataSource;
  walker: SchemaWalker;
  modules: ModulesContainer;
  roles: MatrixRole[];
  /** Values that must never appear in a response of these callers (names, references, ids of the other structure). */
  secrets: string[];
  /** Only these operations (the proof that a removed guard is reported runs a few). */
  only?: (name: string) => boolean;
  /** Valid values for non-id fields, by operation then argument path (`input.kind`), so that calls reach the ids. */
  values?: Record<string, Record<string, unknown>>;
}

export interface MatrixReport {
  operations: number;
  calls: number;
  problems: string[];
  /**
   * Calls of a role allowed to run the operation that were refused on another field than the foreign id (the generated
   * input did not pass validation): the check on that id was not reached. `op.path (role)`.
   */
  unreached: string[];
}

/** Whether a refusal is about the foreign id: NOT_FOUND / FORBIDDEN, or BAD_USER_INPUT naming that field. */
function refusedOnTheId(r: GqlResponse<unknown>, idName: string): boolean {
  const e = r.errors?.[0];
  const code = e?.extensions?.code;
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return true;
  if (code !== 'BAD_USER_INPUT') return false;
  const fields = (e?.extensions?.fieldErrors ?? []).map((f) => f.field.split('.').pop());
  return fields.includes(idName);
}

/**
 * The permissions each root operation names in its `@Allow`: null for `@Public`, 'NO_RULE' for neither (the global
 * guard refuses it to everyone).
 */
export function operationPermissions(modules: ModulesContainer): Map<string, Permission[] | null | 'NO_RULE'> {
  const out = new Map<string, Permission[] | null | 'NO_RULE'>();
  for (const module of modules.values())
    for (const wrapper of module.providers.values()) {
      const proto = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!proto || typeof proto !== 'object') continue;
      for (const key of Object.getOwnPropertyNames(proto)) {
        const method = Object.getOwnPropertyDescriptor(proto, key)?.value;
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata('graphql:resolver_type', method);
        if (type !== 'Query' && type !== 'Mutation') continue;
        const name = (Reflect.getMetadata('graphql:resolver_name', method) as string | undefined) ?? key;
        if (Reflect.getMetadata(PUBLIC_KEY, method)) out.set(name, null);
        else out.set(name, (Reflect.getMetadata(PERMISSIONS_KEY, method) as Permission[] | undefined) ?? 'NO_RULE');
      }
    }
  return out;
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((k) => before.get(k) !== after.get(k));
}

const REFUSAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT']);

export async function runAuthorizationMatrix(o: MatrixOptions): Promise<MatrixReport> {
  const permissions = operationPermissions(o.modules);
  const problems: string[] = [];
  const unreached: string[] = [];
  let calls = 0;
  let operations = 0;
  const withIds = o.walker
    .allRootFields()
    .filter(({ field }) => o.walker.idPositions(field).length > 0)
    .filter(({ field }) => !(field.name in CALLER_OWN_HANDLES))
    .filter(({ field }) => !o.only || o.only(field.name));
  // Each operation's calls must leave every table as they found it; one fingerprint after each operation is the next
  // one's « before ».
  let before = await tablesChecksum(o.db);
  for (const { kind, field } of withIds) {
    const positions = o.walker.idPositions(field);
    const kinds = positions.map((p) => idKind(field.name, p));
    const unknown = positions.filter((_, i) => kinds[i] === null);
    if (unknown.length) {
      problems.push(
        `${field.name}(${unknown.map((p) => p.path).join(', ')}) : quel type d’identifiant ? Complétez authorization-matrix.ts.`,
      );
      continue;
    }
    const required = permissions.get(field.name);
    if (required === undefined) {
      problems.push(`${field.name} : aucun résolveur trouvé pour lire sa règle d’accès.`);
      continue;
    }
    operations++;
    for (const role of o.roles) {
      const allowed = required === null || (required !== 'NO_RULE' && hasPermissions(role.role, required));
      for (let i = 0; i < positions.length; i++) {
        const target = kinds[i] as IdKind;
        if (CATALOGUE_KINDS.has(target)) continue;
        if (LEGITIMATE_ANYWHERE[field.name]?.kinds.includes(target)) continue;
        if (role.role === Role.ADMINISTRATOR && ADMIN_INSTALLATION_KINDS.has(target)) continue;
        const foreignIds = role.foreign[target] ?? [];
        if (!foreignIds.length) {
          problems.push(
            `${field.name}.${positions[i].path} : aucun identifiant étranger de type ${target} pour ${role.label}.`,
          );
          continue;
        }
        for (const foreign of foreignIds) {
          const pick = (_name: string, path: string) => {
            const at = positions.findIndex((p) => p.path === path);
            if (at === i) return foreign;
            return role.own[kinds[at] as IdKind] ?? '00000000-0000-4000-8000-000000000000';
          };
          const values = { ...VALID_BY_OPERATION[field.name], ...o.values?.[field.name] };
          const override = (path: string, name: string) =>
            path in values ? values[path] : name in VALID_BY_NAME ? VALID_BY_NAME[name] : undefined;
          const { text, variables } = o.walker.operation(kind as OperationKind, field as FieldDef, pick, 3, override);
          const r: GqlResponse<Record<string, unknown>> = await role.client.request(text, variables);
          calls++;
          const label = `${role.label} → ${field.name}(${positions[i].path} = ${target} étranger)`;
          const code = r.errors?.[0]?.extensions?.code as string | undefined;
          if (!allowed) {
            if (code !== 'FORBIDDEN' || r.data?.[field.name])
              problems.push(`${label} : FORBIDDEN attendu (rôle sans la permission), reçu ${code ?? 'une réponse'}`);
          } else if (code && !REFUSAL_CODES.has(code)) {
            problems.push(`${label} : ${code} ${r.errors?.[0]?.message}`);
          } else if (code && !refusedOnTheId(r, positions[i].name)) {
            unreached.push(
              `${field.name}.${positions[i].path} (${role.label}) : ${JSON.stringify(r.errors?.[0]?.extensions?.fieldErrors ?? r.errors?.[0]?.message)}`,
            );
          }
          const text2 = JSON.stringify(r);
          const leaked = o.secrets.filter((s) => s !== foreign && text2.includes(s));
          if (leaked.length) problems.push(`${label} laisse passer : ${leaked.join(', ')}`);
          // A refused call answers no data; an allowed query that finds nothing may answer an empty list or page.
          if (!allowed) break; // the guard refuses before any id is read: one call per role is enough
        }
        if (!allowed) break;
      }
    }
    const after = await tablesChecksum(o.db);
    const written = changedTables(before, after);
    before = after;
    if (written.length)
      problems.push(`${field.name} a écrit malgré des identifiants étrangers : ${written.join(', ')}`);
  }
  return { operations, calls, problems, unreached };
}

/**
 * The person timeline: one French line per dated fact of the pathway, newest first. Pure formatting of the rows the
 * service reads (one statement per kind of record); masking of sensitive data is decided here, from `sensitive`
 * (the caller holds SENSITIVE_READ), and tested in timeline.entries.spec.ts and timeline.int-spec.ts.
 */
import {
  ABSENCE_KIND_LABELS,
  ADMISSION_OUTCOME_LABELS,
  countLabel,
  DECLINE_REASON_LABELS,
  DiagnosisAuthor,
  ELIGIBILITY_CRITERIA,
  EMPLOYMENT_CONTRACT_KIND_LABELS,
  EXIT_CATEGORY_LABELS,
  EXIT_REASONS,
  formatIsoDateFr,
  formatMinutes,
  HIRE_CONTRACT_TYPE_LABELS,
  IMMERSION_OBJECTIVE_LABELS,
  inclusiveDays,
  maskedPrescriberKind,
  MISSION_KIND_LABELS,
  PASS_PROLONGATION_RULES,
  PASS_SUSPENSION_REASONS,
  PATHWAY_EVENT_KIND_LABELS,
  PATHWAY_STAGE_LABELS,
  PRESCRIBER_KINDS,
  PrescriberKind,
  PROPOSAL_EVENT_LABELS,
  BLOCK_RESULT_LABELS,
  COACHING_CONTACT_KIND_LABELS,
  SESSION_KIND_LABELS,
  SKILL_LEVEL_LABELS,
  TUTOR_SIDE_LABELS,
} from '@tremplin/domain';

/** What the API returns for one fact. */
export interface TimelineEntry {
  /** `KIND:uuid` of the record (a tutoring gives two entries, `TUTORING_START:…` and `TUTORING_END:…`). */
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  kind: string;
  kindLabel: string;
  title: string;
  detail: string | null;
  /** The entry shows confidential or sensitive data (only ever true for a caller allowed to see it). */
  confidential: boolean;
}

/**
 * Kinds of entry, in pathway order: on one day, the later in the pathway comes first in the timeline. Pathway events
 * (`pathway_event`) use their own kind (FOLLOW_UP_INTERVIEW…), ranked as PATHWAY_EVENT.
 */
export enum TimelineKind {
  REFERRAL = 'REFERRAL',
  ELIGIBILITY_DIAGNOSIS = 'ELIGIBILITY_DIAGNOSIS',
  PASS_IAE = 'PASS_IAE',
  PATHWAY_EVENT = 'PATHWAY_EVENT',
  SESSION_ATTENDANCE = 'SESSION_ATTENDANCE',
  IMMERSION = 'IMMERSION',
  ADMISSION_DECISION = 'ADMISSION_DECISION',
  STAGE_TRANSITION = 'STAGE_TRANSITION',
  EMPLOYMENT_CONTRACT = 'EMPLOYMENT_CONTRACT',
  TUTORING_START = 'TUTORING_START',
  MISSION = 'MISSION',
  COACHING_CONTACT = 'COACHING_CONTACT',
  SKILLS_EVALUATION = 'SKILLS_EVALUATION',
  EXAM_SESSION = 'EXAM_SESSION',
  PROPOSAL = 'PROPOSAL',
  PASS_SUSPENSION = 'PASS_SUSPENSION',
  PASS_PROLONGATION = 'PASS_PROLONGATION',
  TUTORING_END = 'TUTORING_END',
  HIRE = 'HIRE',
  RETENTION_CHECK = 'RETENTION_CHECK',
  EXIT = 'EXIT',
}

export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  [TimelineKind.REFERRAL]: 'Orientation',
  [TimelineKind.ELIGIBILITY_DIAGNOSIS]: 'Diagnostic d’éligibilité',
  [TimelineKind.PASS_IAE]: 'PASS IAE',
  [TimelineKind.PATHWAY_EVENT]: 'Événement du parcours',
  [TimelineKind.SESSION_ATTENDANCE]: 'Séance collective',
  [TimelineKind.IMMERSION]: 'Immersion (PMSMP)',
  [TimelineKind.ADMISSION_DECISION]: 'Décision d’admission',
  [TimelineKind.STAGE_TRANSITION]: 'Changement d’étape',
  [TimelineKind.EMPLOYMENT_CONTRACT]: 'Contrat de travail',
  [TimelineKind.TUTORING_START]: 'Début de tutorat',
  [TimelineKind.MISSION]: 'Mission',
  [TimelineKind.COACHING_CONTACT]: 'Suivi en mission',
  [TimelineKind.SKILLS_EVALUATION]: 'Évaluation des compétences',
  [TimelineKind.EXAM_SESSION]: 'Session d’examen',
  [TimelineKind.PROPOSAL]: 'Proposition',
  [TimelineKind.PASS_SUSPENSION]: 'Suspension du PASS IAE',
  [TimelineKind.PASS_PROLONGATION]: 'Prolongation du PASS IAE',
  [TimelineKind.TUTORING_END]: 'Fin de tutorat',
  [TimelineKind.HIRE]: 'Embauche',
  [TimelineKind.RETENTION_CHECK]: 'Suivi dans l’emploi',
  [TimelineKind.EXIT]: 'Sortie',
};

const RANK = new Map<string, number>(Object.values(TimelineKind).map((k, i) => [k, i]));

/** A row read for the timeline: the record id, its person, when it was recorded (to order facts of one day). */
interface RowBase {
  id: string;
  personId: string;
  createdAt: Date;
  /** The date the entry is shown at, `YYYY-MM-DD`. */
  date: string;
}

export interface ReferralRow extends RowBase {
  prescriberKind: string;
  organisation: string;
  contactName: string | null;
}
export interface DiagnosisRow extends RowBase {
  author: string;
  authorName: string;
  validUntil: string;
  codes: string[];
}
export interface PassRow extends RowBase {
  number: string;
  endDate: string;
}
export interface PassSuspensionRow extends RowBase {
  endDate: string;
  reason: string;
}
export interface PassProlongationRow extends RowBase {
  endDate: string;
  /** Days added to the PASS: end − start (docs/domain/pass-iae.md). */
  days: number;
  reason: string;
}
export interface StageTransitionRow extends RowBase {
  fromStage: string | null;
  toStage: string;
  reason: string | null;
  overrideReason: string | null;
  missingEvidence: string[];
}
export interface AdmissionRow extends RowBase {
  outcome: string;
  comment: string | null;
}
export interface EmploymentContractRow extends RowBase {
  kind: string;
  endDate: string | null;
  weeklyMinutes: number;
}
export interface ImmersionRow extends RowBase {
  endDate: string;
  hostName: string;
  hostTutorName: string;
  objective: string;
  comment: string | null;
}
export interface MissionRow extends RowBase {
  kind: string;
  endDate: string;
  hostName: string;
  site: string | null;
  minutes: number;
}
export interface AttendanceRow extends RowBase {
  sessionKind: string;
  sessionTitle: string;
  trainingBody: string | null;
  plannedMinutes: number;
  minutesAttended: number;
  absence: string | null;
}
/** `date` is the start; `endDate` the end when known. */
export interface TutoringRow extends RowBase {
  endDate: string | null;
  tutorName: string;
  side: string;
  jobTitle: string | null;
  organisationName: string | null;
}
export interface SkillsEvaluationRow extends RowBase {
  blockCode: string;
  blockTitle: string;
  level: string;
  evaluatorName: string;
  comment: string | null;
}
export interface PathwayEventRow extends RowBase {
  kind: string;
  title: string;
  notes: string | null;
  confidential: boolean;
}
/** A coaching contact held during a mission (coaching module). */
export interface CoachingContactRow extends RowBase {
  kind: string;
  note: string | null;
  confidential: boolean;
  hostName: string;
  authorName: string | null;
}
export interface ExamSessionRow extends RowBase {
  certificationTitle: string;
  centre: string;
  /** Per block, in block order. */
  results: { code: string; title: string; result: string }[];
}
export interface HireRow extends RowBase {
  employerName: string;
  contractType: string;
  weeklyMinutes: number;
  jobTitle: string | null;
}
export interface RetentionCheckRow extends RowBase {
  monthsAfter: number;
  stillEmployed: boolean;
  comment: string | null;
}
/** An event of a proposal to a landlord; `createdAt` is when it happened. */
export interface ProposalEventRow extends RowBase {
  kind: string;
  actorLabel: string;
  reason: string | null;
  comment: string | null;
  partnerName: string;
  jobTitle: string;
}
export interface ExitRow extends RowBase {
  reason: string;
  category: string;
  presenceExplanation: string;
  comment: string | null;
}

/** Every kind of row of one request, each read by one statement for all the persons of the request. */
export interface TimelineRows {
  referrals: ReferralRow[];
  diagnoses: DiagnosisRow[];
  passes: PassRow[];
  suspensions: PassSuspensionRow[];
  prolongations: PassProlongationRow[];
  transitions: StageTransitionRow[];
  admissions: AdmissionRow[];
  contracts: EmploymentContractRow[];
  immersions: ImmersionRow[];
  missions: MissionRow[];
  attendances: AttendanceRow[];
  tutorings: TutoringRow[];
  evaluations: SkillsEvaluationRow[];
  events: PathwayEventRow[];
  exams: ExamSessionRow[];
  hires: HireRow[];
  retentionChecks: RetentionCheckRow[];
  exits: ExitRow[];
  proposalEvents: ProposalEventRow[];
  coachingContacts: CoachingContactRow[];
}

/** An entry with what orders it and whose it is. */
export interface PersonTimelineEntry extends TimelineEntry {
  personId: string;
  rank: number;
  createdAt: Date;
}

/** The French label of a catalogue code; the code itself when the catalogue does not know it (yet). */
function labelOf(labels: Record<string, string>, code: string): string {
  return labels[code] ?? code;
}

const fr = formatIsoDateFr;
const join = (...parts: (string | null | undefined | false)[]): string | null => {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return kept.length ? kept.join(' ') : null;
};
const sentence = (text: string | null | undefined): string | null =>
  text && text.trim() ? (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`) : null;

function entry(
  row: RowBase,
  kind: string,
  e: {
    title: string;
    detail?: string | null;
    confidential?: boolean;
    kindLabel?: string;
    rankAs?: TimelineKind;
    date?: string;
  },
): PersonTimelineEntry {
  return {
    id: `${kind}:${row.id}`,
    date: e.date ?? row.date,
    kind,
    kindLabel: e.kindLabel ?? labelOf(TIMELINE_KIND_LABELS, kind),
    title: e.title,
    detail: e.detail ?? null,
    confidential: e.confidential ?? false,
    personId: row.personId,
    rank: RANK.get(e.rankAs ?? kind) ?? 0,
    createdAt: row.createdAt,
  };
}

function isPrescriberKind(code: string): code is PrescriberKind {
  return code in PRESCRIBER_KINDS;
}

/**
 * The prescriber: named by its kind and organisation. For a caller without sensitive:read, every referral reads the
 * same way — its kind (a sensitive one as « Autre »), never the organisation or contact — so that nothing tells which
 * ones were masked (docs/domain/sensitive-data.md).
 */
export function referralEntry(r: ReferralRow, sensitive: boolean): PersonTimelineEntry {
  const known = isPrescriberKind(r.prescriberKind);
  const isSensitive = known && PRESCRIBER_KINDS[r.prescriberKind as PrescriberKind].sensitive;
  if (!sensitive) {
    const masked = known ? maskedPrescriberKind(r.prescriberKind as PrescriberKind) : PrescriberKind.OTHER;
    // The organisation's name (« SPIP de Seine-Maritime ») would reveal what the kind hides: left out, on every row.
    return entry(r, TimelineKind.REFERRAL, { title: `Orientation : ${PRESCRIBER_KINDS[masked].label}` });
  }
  const label = known ? PRESCRIBER_KINDS[r.prescriberKind as PrescriberKind].label : r.prescriberKind;
  return entry(r, TimelineKind.REFERRAL, {
    title: `Orientation : ${label}`,
    detail: join(r.organisation, r.contactName ? `(contact : ${r.contactName})` : null),
    confidential: isSensitive,
  });
}

/**
 * The criteria are named, except the sensitive ones for a caller who may not see them. Such a caller reads every
 * diagnosis the same way — the criteria it may see, then « critères sensibles non affichés pour votre rôle » — never a
 * count of the masked ones, which would tell which persons have some (docs/domain/sensitive-data.md).
 */
export function diagnosisEntry(r: DiagnosisRow, sensitive: boolean): PersonTimelineEntry {
  const codes = [...new Set(r.codes)];
  const isSensitive = (c: string) =>
    (ELIGIBILITY_CRITERIA as Record<string, { sensitive: boolean }>)[c]?.sensitive ?? true;
  const labelOfCriterion = (c: string) => (ELIGIBILITY_CRITERIA as Record<string, { label: string }>)[c]?.label ?? c;
  const shown = codes.filter((c) => sensitive || !isSensitive(c)).map(labelOfCriterion);
  // A prescriber's name can reveal what a masked kind hides (« SPIP de … »): named only to those who see sensitive data.
  const by =
    r.author === DiagnosisAuthor.EMPLOYER
      ? `la structure (${r.authorName})`
      : sensitive
        ? r.authorName
        : 'un prescripteur habilité';
  const criteria = shown.length ? ` Critères : ${shown.join(' ; ')}.` : '';
  return entry(r, TimelineKind.ELIGIBILITY_DIAGNOSIS, {
    title: sensitive ? `Diagnostic d’éligibilité : ${countLabel(codes.length, 'critère')}` : 'Diagnostic d’éligibilité',
    detail:
      `Établi par ${by}, valable jusqu’au ${fr(r.validUntil)}.${criteria}` +
      (sensitive ? '' : ' Critères sensibles non affichés pour votre rôle.'),
    confidential: sensitive && codes.some(isSensitive),
  });
}

export function passEntry(r: PassRow): PersonTimelineEntry {
  return entry(r, TimelineKind.PASS_IAE, {
    title: `PASS IAE n° ${r.number.trim()} : du ${fr(r.date)} au ${fr(r.endDate)}`,
  });
}

export function passSuspensionEntry(r: PassSuspensionRow): PersonTimelineEntry {
  return entry(r, TimelineKind.PASS_SUSPENSION, {
    title: `Suspension du PASS IAE du ${fr(r.date)} au ${fr(r.endDate)} (${countLabel(inclusiveDays(r.date, r.endDate), 'jour')})`,
    detail: sentence(labelOf(PASS_SUSPENSION_REASONS, r.reason)),
  });
}

export function passProlongationEntry(r: PassProlongationRow): PersonTimelineEntry {
  const rule = (PASS_PROLONGATION_RULES as Record<string, { label: string } | undefined>)[r.reason];
  return entry(r, TimelineKind.PASS_PROLONGATION, {
    title: `Prolongation du PASS IAE jusqu’au ${formatIsoDateFr(r.endDate)} (${countLabel(r.days, 'jour')})`,
    detail: sentence(rule?.label ?? r.reason),
  });
}

export function stageTransitionEntry(r: StageTransitionRow): PersonTimelineEntry {
  const to = labelOf(PATHWAY_STAGE_LABELS, r.toStage);
  const override = r.overrideReason
    ? `Passage sans les pièces attendues${r.missingEvidence.length ? ` (manquait : ${r.missingEvidence.join(' ; ')})` : ''} : ${r.overrideReason}`
    : null;
  return entry(r, TimelineKind.STAGE_TRANSITION, {
    title: r.fromStage
      ? `Étape : ${labelOf(PATHWAY_STAGE_LABELS, r.fromStage)} → ${to}`
      : `Entrée dans le parcours : ${to}`,
    detail: join(sentence(r.reason), sentence(override)),
  });
}

export function admissionEntry(r: AdmissionRow): PersonTimelineEntry {
  return entry(r, TimelineKind.ADMISSION_DECISION, {
    title: `Décision d’admission : ${labelOf(ADMISSION_OUTCOME_LABELS, r.outcome)}`,
    detail: sentence(r.comment),
  });
}

export function employmentContractEntry(r: EmploymentContractRow): PersonTimelineEntry {
  return entry(r, TimelineKind.EMPLOYMENT_CONTRACT, {
    title: `${labelOf(EMPLOYMENT_CONTRACT_KIND_LABELS, r.kind)} — ${formatMinutes(r.weeklyMinutes)} par semaine`,
    detail: r.endDate ? `Du ${fr(r.date)} au ${fr(r.endDate)}.` : `À partir du ${fr(r.date)}, sans date de fin.`,
  });
}

export function immersionEntry(r: ImmersionRow): PersonTimelineEntry {
  return entry(r, TimelineKind.IMMERSION, {
    title: `Immersion (PMSMP) chez ${r.hostName} du ${fr(r.date)} au ${fr(r.endDate)}`,
    detail: join(
      `Objectif : ${labelOf(IMMERSION_OBJECTIVE_LABELS, r.objective)} ; tuteur·rice : ${r.hostTutorName}.`,
      sentence(r.comment),
    ),
  });
}

export function missionEntry(r: MissionRow): PersonTimelineEntry {
  return entry(r, TimelineKind.MISSION, {
    title: `${labelOf(MISSION_KIND_LABELS, r.kind)} chez ${r.hostName} — ${formatMinutes(r.minutes)}`,
    detail: `Du ${fr(r.date)} au ${fr(r.endDate)}${r.site ? `, ${r.site}` : ''}.`,
  });
}

/**
 * A session dated after `today` (`YYYY-MM-DD`, Paris) has no presence yet: « prévue — 7 h », whatever the sheet
 * holds (its hours are prefilled with the planned duration, or 0). Today's and past sessions show the presence.
 */
export function attendanceEntry(r: AttendanceRow, today?: string): PersonTimelineEntry {
  if (today !== undefined && r.date > today) {
    return entry(r, TimelineKind.SESSION_ATTENDANCE, {
      title: `${labelOf(SESSION_KIND_LABELS, r.sessionKind)} « ${r.sessionTitle} » — prévue — ${formatMinutes(r.plannedMinutes)}`,
      detail: r.trainingBody ? `Organisme de formation : ${r.trainingBody}.` : null,
    });
  }
  const presence = `présent·e ${formatMinutes(r.minutesAttended)} sur ${formatMinutes(r.plannedMinutes)}`;
  const what = r.absence
    ? `${labelOf(ABSENCE_KIND_LABELS, r.absence).toLowerCase()}${r.minutesAttended > 0 ? ` (${presence})` : ''}`
    : presence;
  return entry(r, TimelineKind.SESSION_ATTENDANCE, {
    title: `${labelOf(SESSION_KIND_LABELS, r.sessionKind)} « ${r.sessionTitle} » — ${what}`,
    detail: r.trainingBody ? `Organisme de formation : ${r.trainingBody}.` : null,
  });
}

/** A tutoring gives its start, and its end once it has one. */
export function tutoringEntries(r: TutoringRow): PersonTimelineEntry[] {
  const who = `${r.tutorName} (${labelOf(TUTOR_SIDE_LABELS, r.side).toLowerCase()})`;
  const detail = join(
    r.jobTitle,
    r.organisationName ? (r.jobTitle ? `chez ${r.organisationName}` : r.organisationName) : null,
  );
  const start = entry(r, TimelineKind.TUTORING_START, {
    title: `Début du tutorat avec ${who}`,
    detail: sentence(detail),
  });
  if (!r.endDate) return [start];
  return [
    start,
    entry(r, TimelineKind.TUTORING_END, {
      title: `Fin du tutorat avec ${who}`,
      detail: `Tutorat du ${fr(r.date)} au ${fr(r.endDate)}.`,
      date: r.endDate,
    }),
  ];
}

export function skillsEvaluationEntry(r: SkillsEvaluationRow): PersonTimelineEntry {
  return entry(r, TimelineKind.SKILLS_EVALUATION, {
    title: `Évaluation « ${r.blockCode} — ${r.blockTitle} » : ${labelOf(SKILL_LEVEL_LABELS, r.level)}`,
    detail: join(`Par ${r.evaluatorName}.`, sentence(r.comment)),
  });
}

/** A confidential event never reaches this function for a caller without SENSITIVE_READ (filtered in SQL). */
export function pathwayEventEntry(r: PathwayEventRow): PersonTimelineEntry {
  return entry(r, r.kind, {
    title: r.title,
    detail: r.notes?.trim() || null,
    confidential: r.confidential,
    kindLabel: labelOf(PATHWAY_EVENT_KIND_LABELS, r.kind),
    rankAs: TimelineKind.PATHWAY_EVENT,
  });
}

/**
 * « Visite sur le lieu de mission — Rouen Habitat »; the note below. A confidential contact never reaches this function
 * for a caller without SENSITIVE_READ (filtered in SQL, and again in `buildTimelines`), as confidential case notes.
 */
export function coachingContactEntry(r: CoachingContactRow): PersonTimelineEntry {
  return entry(r, TimelineKind.COACHING_CONTACT, {
    title: `${labelOf(COACHING_CONTACT_KIND_LABELS, r.kind)} — ${r.hostName}`,
    detail: join(sentence(r.note), r.authorName ? `Par ${r.authorName}.` : null),
    confidential: r.confidential,
  });
}

export function examSessionEntry(r: ExamSessionRow): PersonTimelineEntry {
  return entry(r, TimelineKind.EXAM_SESSION, {
    title: `Session d’examen : ${r.certificationTitle} (${r.centre})`,
    detail: r.results.length
      ? `${r.results.map((x) => `${x.code} — ${x.title} : ${labelOf(BLOCK_RESULT_LABELS, x.result).toLowerCase()}`).join(' ; ')}.`
      : 'Résultats non encore saisis.',
  });
}

export function hireEntry(r: HireRow): PersonTimelineEntry {
  return entry(r, TimelineKind.HIRE, {
    title: `Embauche chez ${r.employerName} (${labelOf(HIRE_CONTRACT_TYPE_LABELS, r.contractType)}) — ${formatMinutes(r.weeklyMinutes)} par semaine`,
    detail: r.jobTitle ? `Poste : ${r.jobTitle}.` : null,
  });
}

export function retentionCheckEntry(r: RetentionCheckRow): PersonTimelineEntry {
  return entry(r, TimelineKind.RETENTION_CHECK, {
    title: `Suivi à ${r.monthsAfter} mois de l’embauche : ${r.stillEmployed ? 'toujours en poste' : 'plus en poste'}`,
    detail: sentence(r.comment),
  });
}

export function exitEntry(r: ExitRow): PersonTimelineEntry {
  const reason = (EXIT_REASONS as Record<string, { label: string } | undefined>)[r.reason]?.label ?? r.reason;
  return entry(r, TimelineKind.EXIT, {
    title: `Sortie : ${reason} (${labelOf(EXIT_CATEGORY_LABELS, r.category).toLowerCase()})`,
    detail: join(sentence(r.presenceExplanation), sentence(r.comment)),
  });
}

/** « Non retenu·e par l’employeur — Rouen Habitat, Gardien·ne d’immeuble »; a decline's reason and comment below. */
export function proposalEventEntry(r: ProposalEventRow): PersonTimelineEntry {
  const reason = r.reason ? labelOf(DECLINE_REASON_LABELS, r.reason) : null;
  return entry(r, TimelineKind.PROPOSAL, {
    title: `${labelOf(PROPOSAL_EVENT_LABELS, r.kind)} — ${r.partnerName}, ${r.jobTitle}`,
    detail: join(reason ? `Motif : ${sentence(reason)}` : null, sentence(r.comment), `Par ${r.actorLabel}.`),
  });
}

/** Newest first; on one day, the later in the pathway first, then the last recorded first. */
export function compareEntries(a: PersonTimelineEntry, b: PersonTimelineEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.rank !== b.rank) return b.rank - a.rank;
  const t = b.createdAt.getTime() - a.createdAt.getTime();
  if (t !== 0) return t;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The timelines of `personIds` (in their order) from the rows of one request. `sensitive`: the caller holds
 * SENSITIVE_READ (confidential events and coaching contacts must already be left out of `rows.events` and
 * `rows.coachingContacts` otherwise — the service does it in SQL; they are dropped here too, so that a mistake there
 * cannot leak them). `today` (`YYYY-MM-DD`, Paris): sessions after it read « prévue », without presence.
 */
export function buildTimelines(
  personIds: readonly string[],
  rows: TimelineRows,
  sensitive: boolean,
  today?: string,
): TimelineEntry[][] {
  const all: PersonTimelineEntry[] = [
    ...rows.referrals.map((r) => referralEntry(r, sensitive)),
    ...rows.diagnoses.map((r) => diagnosisEntry(r, sensitive)),
    ...rows.passes.map(passEntry),
    ...rows.suspensions.map(passSuspensionEntry),
    ...rows.prolongations.map(passProlongationEntry),
    ...rows.transitions.map(stageTransitionEntry),
    ...rows.admissions.map(admissionEntry),
    ...rows.contracts.map(employmentContractEntry),
    ...rows.immersions.map(immersionEntry),
    ...rows.missions.map(missionEntry),
    ...rows.attendances.map((r) => attendanceEntry(r, today)),
    ...rows.tutorings.flatMap(tutoringEntries),
    ...rows.evaluations.map(skillsEvaluationEntry),
    ...rows.events.filter((e) => sensitive || !e.confidential).map(pathwayEventEntry),
    ...rows.exams.map(examSessionEntry),
    ...rows.hires.map(hireEntry),
    ...rows.retentionChecks.map(retentionCheckEntry),
    ...rows.exits.map(exitEntry),
    ...rows.proposalEvents.map(proposalEventEntry),
    ...rows.coachingContacts.filter((c) => sensitive || !c.confidential).map(coachingContactEntry),
  ];
  const byPerson = new Map<string, PersonTimelineEntry[]>(personIds.map((id) => [id, []]));
  for (const e of all) byPerson.get(e.personId)?.push(e);
  return personIds.map((id) =>
    (byPerson.get(id) ?? [])
      .sort(compareEntries)
      .map(({ id: entryId, date, kind, kindLabel, title, detail, confidential }): TimelineEntry => ({
        id: entryId,
        date,
        kind,
        kindLabel,
        title,
        detail,
        confidential,
      })),
  );
}

/**
 * Moving a person through the pathway stages (recruitment → training → securing → exit) with evidence gates.
 * A gate can be overridden with a written reason, which is kept in the stage transition for audit.
 */
import { PATHWAY_STAGE_LABELS, PathwayStage } from '../kinds';
import { textLength } from './wording';

export const STAGE_ORDER: PathwayStage[] = [
  PathwayStage.RECRUITMENT,
  PathwayStage.TRAINING,
  PathwayStage.SECURING,
  PathwayStage.EXITED,
];

/** A reason for going back or skipping a stage: at least 10 characters. */
export const STAGE_REASON_MIN_LENGTH = 10;
/** A reason for overriding missing evidence: at least 20 characters. */
export const STAGE_OVERRIDE_MIN_LENGTH = 20;

export enum TransitionKind {
  FORWARD = 'FORWARD',
  SKIP = 'SKIP',
  BACKWARD = 'BACKWARD',
}

/** What the file of the person shows, as far as the stage gates are concerned. */
export interface StageEvidence {
  admitted: boolean;
  employmentContract: boolean;
  trainingPlanWithTutor: boolean;
  certificationTarget: boolean;
  examSessionOrResult: boolean;
  exitRecorded: boolean;
}

/** FORWARD to the next stage, SKIP over one or more, BACKWARD; `null` when the stage does not change. */
export function transitionKind(from: PathwayStage, to: PathwayStage): TransitionKind | null {
  const step = STAGE_ORDER.indexOf(to) - STAGE_ORDER.indexOf(from);
  if (step === 0) return null;
  if (step < 0) return TransitionKind.BACKWARD;
  return step === 1 ? TransitionKind.FORWARD : TransitionKind.SKIP;
}

/**
 * The evidence missing to enter stage `to`, as French items to list. Only the gate of the target stage is checked
 * (skipping a stage already requires a written reason).
 */
export function missingForStage(to: PathwayStage, e: StageEvidence): string[] {
  const missing: string[] = [];
  switch (to) {
    case PathwayStage.RECRUITMENT:
      break;
    case PathwayStage.TRAINING:
      if (!e.admitted) missing.push('l’admission dans le parcours (décision après l’entretien de sélection)');
      if (!e.employmentContract && !e.trainingPlanWithTutor)
        missing.push('un contrat de travail, ou un plan de formation avec un·e tuteur·rice désigné·e');
      break;
    case PathwayStage.SECURING:
      if (!e.certificationTarget) missing.push('la certification visée');
      if (!e.examSessionOrResult) missing.push('une session d’examen programmée ou un résultat d’examen');
      break;
    case PathwayStage.EXITED:
      if (!e.exitRecorded) missing.push('la sortie (date et motif)');
      break;
  }
  return missing;
}

const TRANSITION_WORDS: Record<TransitionKind, string> = {
  [TransitionKind.FORWARD]: 'Un passage',
  [TransitionKind.SKIP]: 'Un saut d’étape',
  [TransitionKind.BACKWARD]: 'Un retour en arrière',
};

/**
 * Checks a stage change. Refused when the stage does not change; a backward move or a skip needs a reason of at
 * least 10 characters; missing evidence refuses the change unless an override reason of at least 20 characters is
 * given, in which case the change is accepted with `overridden: true` (and `missing` lists what was overridden).
 */
export function checkStageChange(
  input: { from: PathwayStage; to: PathwayStage; reason: string | null; overrideReason: string | null },
  evidence: StageEvidence,
): { ok: boolean; message: string | null; missing: string[]; overridden: boolean } {
  const fromLabel = PATHWAY_STAGE_LABELS[input.from];
  const toLabel = PATHWAY_STAGE_LABELS[input.to];
  const kind = transitionKind(input.from, input.to);
  const refuse = (message: string, missing: string[] = []) => ({ ok: false, message, missing, overridden: false });
  if (kind === null) return refuse(`La personne est déjà à l’étape « ${fromLabel} » : choisissez une autre étape.`);
  if (kind !== TransitionKind.FORWARD) {
    const length = textLength(input.reason);
    if (length < STAGE_REASON_MIN_LENGTH)
      return refuse(
        `${TRANSITION_WORDS[kind]} de « ${fromLabel} » à « ${toLabel} » demande un motif d’au moins ` +
          `${STAGE_REASON_MIN_LENGTH} caractères (${length} saisi${length > 1 ? 's' : ''}) : expliquez pourquoi.`,
      );
  }
  const missing = missingForStage(input.to, evidence);
  if (missing.length === 0) return { ok: true, message: null, missing, overridden: false };
  const overrideLength = textLength(input.overrideReason);
  if (overrideLength >= STAGE_OVERRIDE_MIN_LENGTH) return { ok: true, message: null, missing, overridden: true };
  const list = `Pour passer à l’étape « ${toLabel} », il manque ${missing.join(' ; ')}.`;
  return refuse(
    overrideLength === 0
      ? `${list} Complétez le dossier, ou passez outre avec un motif de dérogation d’au moins ${STAGE_OVERRIDE_MIN_LENGTH} caractères.`
      : `${list} Le motif de dérogation doit compter au moins ${STAGE_OVERRIDE_MIN_LENGTH} caractères ` +
          `(${overrideLength} saisi${overrideLength > 1 ? 's' : ''}) : précisez-le, ou complétez le dossier.`,
    missing,
  );
}

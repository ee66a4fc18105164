import { PathwayStage as S } from '../kinds';
import {
  checkStageChange,
  missingForStage,
  type StageEvidence,
  STAGE_ORDER,
  transitionKind,
  TransitionKind,
} from './stages';

const none: StageEvidence = {
  admitted: false,
  employmentContract: false,
  trainingPlanWithTutor: false,
  certificationTarget: false,
  examSessionOrResult: false,
  exitRecorded: false,
};
const all: StageEvidence = {
  admitted: true,
  employmentContract: true,
  trainingPlanWithTutor: true,
  certificationTarget: true,
  examSessionOrResult: true,
  exitRecorded: true,
};

describe('transitionKind', () => {
  it('orders the stages', () => expect(STAGE_ORDER).toEqual([S.RECRUITMENT, S.TRAINING, S.SECURING, S.EXITED]));
  it.each([
    [S.RECRUITMENT, S.RECRUITMENT, null],
    [S.RECRUITMENT, S.TRAINING, TransitionKind.FORWARD],
    [S.SECURING, S.EXITED, TransitionKind.FORWARD],
    [S.RECRUITMENT, S.SECURING, TransitionKind.SKIP],
    [S.RECRUITMENT, S.EXITED, TransitionKind.SKIP],
    [S.TRAINING, S.RECRUITMENT, TransitionKind.BACKWARD],
    [S.EXITED, S.TRAINING, TransitionKind.BACKWARD],
  ])('%p → %p is %p', (from, to, kind) => expect(transitionKind(from, to)).toBe(kind));
});

describe('missingForStage', () => {
  it('asks nothing to enter recruitment', () => expect(missingForStage(S.RECRUITMENT, none)).toEqual([]));
  it('asks admission and a contract or a training plan with a tutor to enter training', () => {
    expect(missingForStage(S.TRAINING, none)).toHaveLength(2);
    expect(missingForStage(S.TRAINING, { ...none, admitted: true, employmentContract: true })).toEqual([]);
    expect(missingForStage(S.TRAINING, { ...none, admitted: true, trainingPlanWithTutor: true })).toEqual([]);
    expect(missingForStage(S.TRAINING, { ...all, admitted: false })).toEqual([
      'l’admission dans le parcours (décision après l’entretien de sélection)',
    ]);
  });
  it('asks a target certification and an exam session or result to enter securing', () => {
    expect(missingForStage(S.SECURING, none)).toEqual([
      'la certification visée',
      'une session d’examen programmée ou un résultat d’examen',
    ]);
    expect(missingForStage(S.SECURING, { ...none, certificationTarget: true, examSessionOrResult: true })).toEqual([]);
  });
  it('asks a recorded exit to exit', () => {
    expect(missingForStage(S.EXITED, none)).toEqual(['la sortie (date et motif)']);
    expect(missingForStage(S.EXITED, { ...none, exitRecorded: true })).toEqual([]);
  });
});

describe('checkStageChange', () => {
  const change = (from: S, to: S, reason: string | null = null, overrideReason: string | null = null) => ({
    from,
    to,
    reason,
    overrideReason,
  });

  it('refuses staying on the same stage', () =>
    expect(checkStageChange(change(S.TRAINING, S.TRAINING), all)).toEqual({
      ok: false,
      message: 'La personne est déjà à l’étape « Formation / alternance » : choisissez une autre étape.',
      missing: [],
      overridden: false,
    }));
  it('lets a forward move with its evidence through without a reason', () =>
    expect(checkStageChange(change(S.RECRUITMENT, S.TRAINING), all)).toEqual({
      ok: true,
      message: null,
      missing: [],
      overridden: false,
    }));
  it('needs a reason of 10 characters to go back, counted trimmed', () => {
    expect(checkStageChange(change(S.TRAINING, S.RECRUITMENT, '  123456789  '), none).message).toBe(
      'Un retour en arrière de « Formation / alternance » à « Recrutement » demande un motif d’au moins 10 caractères (9 saisis) : expliquez pourquoi.',
    );
    expect(checkStageChange(change(S.TRAINING, S.RECRUITMENT, '1234567890'), none).ok).toBe(true);
    expect(checkStageChange(change(S.TRAINING, S.RECRUITMENT), none).message).toMatch(/\(0 saisi\)/);
  });
  it('needs a reason to skip a stage', () => {
    expect(checkStageChange(change(S.RECRUITMENT, S.SECURING), all).message).toMatch(
      /^Un saut d’étape de « Recrutement »/,
    );
    expect(checkStageChange(change(S.RECRUITMENT, S.SECURING, 'Titre déjà préparé'), all).ok).toBe(true);
  });
  it('refuses missing evidence and lists it', () => {
    const result = checkStageChange(change(S.TRAINING, S.SECURING), none);
    expect(result).toEqual({
      ok: false,
      message:
        'Pour passer à l’étape « Sécurisation de l’emploi », il manque la certification visée ; une session d’examen programmée ou un résultat d’examen. Complétez le dossier, ou passez outre avec un motif de dérogation d’au moins 20 caractères.',
      missing: ['la certification visée', 'une session d’examen programmée ou un résultat d’examen'],
      overridden: false,
    });
  });
  it('accepts an override reason of 20 characters, not 19', () => {
    const short = checkStageChange(change(S.TRAINING, S.SECURING, null, '1234567890123456789'), none);
    expect(short.ok).toBe(false);
    expect(short.message).toMatch(/au moins 20 caractères \(19 saisis\)/);
    const long = checkStageChange(change(S.TRAINING, S.SECURING, null, '12345678901234567890'), none);
    expect(long).toEqual({ ok: true, message: null, missing: expect.any(Array), overridden: true });
    expect(long.missing).toHaveLength(2);
  });
  it('does not mark as overridden when nothing was missing', () =>
    expect(checkStageChange(change(S.SECURING, S.EXITED, null, 'motif inutile mais assez long'), all).overridden).toBe(
      false,
    ));
  it('still asks the skip reason before looking at an override', () =>
    expect(
      checkStageChange(change(S.RECRUITMENT, S.EXITED, null, 'une dérogation bien argumentée'), none).message,
    ).toMatch(/^Un saut d’étape/));
});

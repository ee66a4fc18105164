/**
 * Target certification results (per block / CCP) and skills progress per block. Source: IAE-RULES §2.1
 * (CCPs acquired stay acquired; the jury may grant all or part of the title).
 */

export enum BlockResult {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}

export const BLOCK_RESULT_LABELS: Record<BlockResult, string> = {
  [BlockResult.FULL]: 'Acquis',
  [BlockResult.PARTIAL]: 'Partiellement acquis',
  [BlockResult.NONE]: 'Non acquis',
};

export enum CertificationOutcome {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  NONE = 'NONE',
}

export const CERTIFICATION_OUTCOME_LABELS: Record<CertificationOutcome, string> = {
  [CertificationOutcome.FULL]: 'Certification obtenue',
  [CertificationOutcome.PARTIAL]: 'Certification partielle',
  [CertificationOutcome.NONE]: 'Certification non obtenue',
};

/**
 * Overall outcome from block results given in chronological order (the latest result of a block wins, so a block
 * failed then passed at a later session is acquired). FULL when every one of the `blockCount` blocks is acquired;
 * PARTIAL when at least one block is acquired; NONE otherwise. A block only « partiellement acquis » is not
 * granted by the jury, so on its own it does not make a partial certification.
 */
export function certificationOutcome(
  blockCount: number,
  results: { blockId: string; result: BlockResult }[],
): CertificationOutcome {
  const latest = new Map<string, BlockResult>();
  for (const r of results) latest.set(r.blockId, r.result);
  const acquired = [...latest.values()].filter((r) => r === BlockResult.FULL).length;
  if (blockCount > 0 && acquired >= blockCount) return CertificationOutcome.FULL;
  return acquired > 0 ? CertificationOutcome.PARTIAL : CertificationOutcome.NONE;
}

export enum SkillLevel {
  NOT_STARTED = 'NOT_STARTED',
  BEGINNING = 'BEGINNING',
  PROGRESSING = 'PROGRESSING',
  ACQUIRED = 'ACQUIRED',
}

export const SKILL_LEVEL_LABELS: Record<SkillLevel, string> = {
  [SkillLevel.NOT_STARTED]: 'Non commencé',
  [SkillLevel.BEGINNING]: 'Débutant',
  [SkillLevel.PROGRESSING]: 'En progression',
  [SkillLevel.ACQUIRED]: 'Acquis',
};

/** Numeric weight of a level, for charts and averages: 0 (not started) to 3 (acquired). */
export const SKILL_LEVEL_WEIGHTS: Record<SkillLevel, number> = {
  [SkillLevel.NOT_STARTED]: 0,
  [SkillLevel.BEGINNING]: 1,
  [SkillLevel.PROGRESSING]: 2,
  [SkillLevel.ACQUIRED]: 3,
};

export interface BlockProgress {
  blockId: string;
  level: SkillLevel;
  evaluatedOn: string | null;
  history: { level: SkillLevel; evaluatedOn: string }[];
}

/**
 * Progress per block, in the order of `blockIds`: the latest evaluation (by date; on the same date, the one given
 * last) and the history in date order. A block never evaluated is NOT_STARTED with an empty history; evaluations
 * of blocks not listed are ignored.
 */
export function blockProgress(
  evaluations: { blockId: string; level: SkillLevel; evaluatedOn: string }[],
  blockIds: string[],
): BlockProgress[] {
  return blockIds.map((blockId) => {
    const history = evaluations
      .filter((e) => e.blockId === blockId)
      .map(({ level, evaluatedOn }) => ({ level, evaluatedOn }))
      .sort((a, b) => a.evaluatedOn.localeCompare(b.evaluatedOn)); // stable: same-day order is kept
    const last = history[history.length - 1];
    return {
      blockId,
      level: last ? last.level : SkillLevel.NOT_STARTED,
      evaluatedOn: last ? last.evaluatedOn : null,
      history,
    };
  });
}

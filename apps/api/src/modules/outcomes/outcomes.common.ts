export { IsIsoDay, trim, trimOrNull } from '../../core/graphql/input-transforms';
export { pathwayReader } from '../../core/access/pathway-reader';
import { EXIT_REASONS, ExitReason } from '@tremplin/domain';

/** Not-found and reference messages of the outcomes (unknown ids and another structure's ids read the same). */
export const OUTCOME_MESSAGES = {
  hireNotFound: 'Cette embauche est introuvable dans votre structure.',
  certificationNotFound: 'Cette certification est introuvable : choisissez-la dans la liste.',
  blockNotFound: 'Ce bloc de compétences est introuvable : choisissez-le dans la liste.',
  employerNotFound: 'Cet employeur est introuvable parmi les organisations partenaires : choisissez-le dans la liste.',
} as const;

/**
 * Exit reasons that reveal health (IAE-RULES / ADR 0004: sensitive data leave the API only for roles holding
 * `sensitive:read`). For other readers the reason of such an exit is masked, on the exit and on the stage history.
 */
export const SENSITIVE_EXIT_REASONS: readonly ExitReason[] = [ExitReason.HEALTH_LEAVE];

const SENSITIVE_EXIT_LABELS = new Set(SENSITIVE_EXIT_REASONS.map((r) => EXIT_REASONS[r].label));

/** Whether a stage change reason is the label of a sensitive exit reason (the exit's stage change carries it). */
export function isSensitiveExitLabel(reason: string | null): boolean {
  return reason !== null && SENSITIVE_EXIT_LABELS.has(reason);
}

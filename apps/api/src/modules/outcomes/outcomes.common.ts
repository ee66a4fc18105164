export { IsIsoDay, trim, trimOrNull } from '../../core/graphql/input-transforms';
export { pathwayReader } from '../../core/access/pathway-reader';

/** Not-found and reference messages of the outcomes (unknown ids and another structure's ids read the same). */
export const OUTCOME_MESSAGES = {
  hireNotFound: 'Cette embauche est introuvable dans votre structure.',
  certificationNotFound: 'Cette certification est introuvable : choisissez-la dans la liste.',
  blockNotFound: 'Ce bloc de compétences est introuvable : choisissez-le dans la liste.',
  employerNotFound: 'Cet employeur est introuvable parmi les organisations partenaires : choisissez-le dans la liste.',
} as const;

/** The sensitive exit reasons live in the shared domain (ADR 0012); re-exported for the outcomes' files. */
export { isSensitiveExitLabel, SENSITIVE_EXIT_REASONS } from '@tremplin/domain';

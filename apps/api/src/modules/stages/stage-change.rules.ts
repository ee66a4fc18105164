/**
 * The date of a stage change (and of the exit, which is the last one). Pure rule kept here because the shared pathway
 * library does not have it (a candidate for libs/shared/domain/src/pathway/stages.ts): the stage history is read in
 * date order, so a change is neither in the future (the person's stage changes now) nor earlier than the last one.
 */
import { formatIsoDateFr } from '@tremplin/domain';

/**
 * `null` when `date` can be the date of the next stage change, else the French reason. `what` names the date at the
 * start of the sentence (`La date du changement`, `La date de sortie`).
 */
export function checkStageChangeDate(p: {
  what: string;
  date: string;
  today: string;
  lastEffectiveOn: string | null;
}): string | null {
  if (p.date > p.today)
    return (
      `${p.what} (${formatIsoDateFr(p.date)}) est dans le futur : l’étape change dès l’enregistrement, ` +
      `enregistrez-le le jour venu.`
    );
  if (p.lastEffectiveOn && p.date < p.lastEffectiveOn)
    return (
      `${p.what} (${formatIsoDateFr(p.date)}) précède le dernier changement d’étape, du ${formatIsoDateFr(p.lastEffectiveOn)} : ` +
      `l’historique du parcours doit rester dans l’ordre des dates.`
    );
  return null;
}

import type { EntityManager } from 'typeorm';
import { yearTargets, type YearTargets } from '@tremplin/api-reports';
import type { IndicatorsRepository } from './indicators.repository';

/**
 * The targets of the structure for the year of `periodEnd`, as it set them (read by the repository), or the reference
 * targets when it set none or network-wide (the rule: `yearTargets`, @tremplin/api-reports).
 */
export async function targetsFor(
  indicators: IndicatorsRepository,
  structureId: string | null,
  periodEnd: string,
  tx?: EntityManager,
): Promise<YearTargets> {
  const year = Number(periodEnd.slice(0, 4));
  const set = structureId === null ? null : await indicators.structureTarget(structureId, year, tx);
  return yearTargets(periodEnd, set);
}

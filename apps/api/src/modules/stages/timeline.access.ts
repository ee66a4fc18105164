import type { GqlContext } from '../../core/auth/auth.types';
import { pathwayReader } from '../../core/access/pathway-reader';

/** The caller of a timeline or alerts field: see `pathwayReader`. */
export function pathwayFieldCaller(ctx: GqlContext): { structureId: string; sensitive: boolean } {
  return pathwayReader(ctx);
}

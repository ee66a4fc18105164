import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type ExitScope, refreshExitPresence } from './exit-presence';

/**
 * The one entry the other modules use to keep the stored exit figures current (docs/domain/exits.md § « Toujours à
 * jour »): every write to what the minimum-presence rule reads — missions, training attendance, employment contracts,
 * DDETS « aide au poste » agreements and their funders, the structure's kind — calls it in its own transaction, after
 * its writes. `exit-presence-paths.int-spec.ts` lists those mutations and proves each one.
 */
@Injectable()
export class ExitPresenceService {
  /** After a change to these persons' missions, attendance or contracts. */
  refreshPersons(tx: EntityManager, structureId: string, personIds: readonly string[]): Promise<number> {
    return refreshExitPresence(
      tx,
      [...new Set(personIds)].map((personId) => ({ structureId, personId })),
    );
  }

  /** After a change that may move any exit of the structure (its annexes, its funders, its kind). */
  refreshStructure(tx: EntityManager, structureId: string): Promise<number> {
    return refreshExitPresence(tx, [{ structureId, personId: null }]);
  }

  /** After a change spanning several structures (a landlord's review of missions). */
  refresh(tx: EntityManager, scope: readonly ExitScope[]): Promise<number> {
    return refreshExitPresence(tx, scope);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { requirePerson } from '../../core/access/person-access';
import { groupByKey } from '../../core/graphql/request-loader';
import { PathwayEventEntity } from './activity.entities';
import type { RecordPathwayEventInput } from './dto/pathway-event.dto';

/** Dated pathway events and case notes, some confidential. */
@Injectable()
export class EventsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(structureId: string, userId: string, input: RecordPathwayEventInput): Promise<PathwayEventEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      const repo = tx.getRepository(PathwayEventEntity);
      return repo.save(
        repo.create({
          structureId,
          personId: input.personId,
          createdById: userId,
          kind: input.kind,
          occurredOn: input.occurredOn,
          title: input.title,
          notes: input.notes ?? null,
          confidential: input.confidential,
        }),
      );
    });
  }

  /**
   * The events of each person, latest first (one statement). Without `includeConfidential` the confidential ones
   * are not read at all.
   */
  async eventsByPersons(
    structureId: string,
    personIds: readonly string[],
    includeConfidential: boolean,
  ): Promise<PathwayEventEntity[][]> {
    const rows = await this.db.getRepository(PathwayEventEntity).find({
      where: { structureId, personId: In([...personIds]), ...(includeConfidential ? {} : { confidential: false }) },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    return groupByKey(personIds, rows, (r) => r.personId);
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requirePerson } from '../../core/access/person-access';
import type { PathwayEventEntity } from './activity.entities';
import type { RecordPathwayEventInput } from './dto/pathway-event.dto';
import { EventsRepository } from './events.repository';

/** Dated pathway events and case notes, some confidential. */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsRepository,
  ) {}

  async record(structureId: string, userId: string, input: RecordPathwayEventInput): Promise<PathwayEventEntity> {
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      return this.events.createEvent(
        {
          structureId,
          personId: input.personId,
          createdById: userId,
          kind: input.kind,
          occurredOn: input.occurredOn,
          title: input.title,
          notes: input.notes ?? null,
          confidential: input.confidential,
        },
        tx,
      );
    });
  }

  /**
   * The events of each person, latest first (one statement). Without `includeConfidential` the confidential ones
   * are not read at all.
   */
  eventsByPersons(
    structureId: string,
    personIds: readonly string[],
    includeConfidential: boolean,
  ): Promise<PathwayEventEntity[][]> {
    return this.events.eventsByPersons(structureId, personIds, includeConfidential);
  }
}

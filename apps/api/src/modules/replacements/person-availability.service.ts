import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError } from '../../core/errors/app-errors';
import type {
  AddPersonUnavailabilityInput,
  SetPersonAvailabilityInput,
  SetPersonClearanceInput,
} from './dto/replacement.inputs';
import { PersonAvailabilityRepository } from './person-availability.repository';

/** A person's weekly availability, absences and clearances, kept by the counsellor (docs/domain/replacements.md). */
@Injectable()
export class PersonAvailabilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: PersonAvailabilityRepository,
  ) {}

  async setAvailability(structureId: string, userId: string, input: SetPersonAvailabilityInput) {
    const bad = input.ranges.findIndex((r) => r.endMinute <= r.startMinute);
    if (bad >= 0)
      throw new BadUserInputError([
        { field: `ranges.${bad}.endMinute`, message: 'La fin d’une plage doit être après son début.' },
      ]);
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId, { lock: true });
      await this.repo.replaceAvailability(structureId, input.personId, userId, input.ranges, tx);
      return this.repo.availability(structureId, input.personId, tx);
    });
  }

  async addUnavailability(structureId: string, userId: string, input: AddPersonUnavailabilityInput): Promise<void> {
    if (input.endsOn < input.startsOn)
      throw new BadUserInputError([{ field: 'endsOn', message: 'Le dernier jour doit suivre le premier.' }]);
    await this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      await this.repo.addAbsence(
        structureId,
        input.personId,
        userId,
        input.startsOn,
        input.endsOn,
        input.reason ?? null,
        tx,
      );
    });
  }

  async setClearance(structureId: string, userId: string, input: SetPersonClearanceInput): Promise<void> {
    await this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      await this.repo.upsertClearance(structureId, input.personId, userId, input.code, input.expiresOn ?? null, tx);
    });
  }
}

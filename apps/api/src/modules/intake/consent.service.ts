import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError } from '../../core/errors/app-errors';
import { PersonEntity } from '../persons/person.entity';
import type { RecordConsentInput } from './dto/consent.input';
import { checkNotBefore } from './intake-rules';

/** The day the person was informed of the processing of their data, and the day they consented (RGPD). */
@Injectable()
export class ConsentService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Records both days (consent may still be missing); consent cannot precede information. Bumps the person's version. */
  async record(structureId: string, input: RecordConsentInput): Promise<PersonEntity> {
    const consentGivenOn = input.consentGivenOn ?? null;
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId, { lock: true });
      const problem =
        consentGivenOn === null
          ? null
          : checkNotBefore(
              consentGivenOn,
              'la date de consentement',
              input.informationGivenOn,
              'la date d’information',
            );
      if (problem)
        throw new BadUserInputError([
          {
            field: 'consentGivenOn',
            message: `${problem} La personne donne son accord après avoir été informée, ou le même jour.`,
          },
        ]);
      await tx
        .createQueryBuilder()
        .update(PersonEntity)
        .set({ informationGivenOn: input.informationGivenOn, consentGivenOn, version: () => 'version + 1' })
        .where('id = :personId AND structure_id = :structureId', { personId: input.personId, structureId })
        .execute();
      return requirePerson(tx, structureId, input.personId);
    });
  }
}

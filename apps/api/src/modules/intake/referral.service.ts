import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { formatIsoDateFr } from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { BadUserInputError, ConflictError } from '../../core/errors/app-errors';
import type { RecordReferralInput } from './dto/referral.input';
import type { ReferralEntity } from './referral.entity';
import { ReferralRepository } from './referral.repository';

export const REFERRAL_CONFLICT =
  'Cette orientation a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte. Rechargez la fiche pour voir ses changements : vos saisies ne sont pas enregistrées.';

/** The referral (orientation) of a person: one per person, created then corrected with optimistic locking. */
@Injectable()
export class ReferralService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: ReferralRepository,
  ) {}

  /** The referral of each person, in key order, within the structure: one statement. */
  byPersons(structureId: string, personIds: readonly string[]): Promise<(ReferralEntity | null)[]> {
    return this.repo.byPersons(structureId, personIds);
  }

  /**
   * Creates the person's referral, or updates it when there is one: the update must name the version read, and a
   * stale version is a CONFLICT (the check and the write are one UPDATE).
   */
  async record(structureId: string, userId: string, input: RecordReferralInput): Promise<ReferralEntity> {
    return this.db.transaction(async (tx) => {
      // Locked: two first recordings for the same person are serialised, the second sees the first.
      await requirePerson(tx, structureId, input.personId, { lock: true });
      const values = {
        prescriberKind: input.prescriberKind,
        prescriberOrganisation: input.prescriberOrganisation,
        prescriberContactName: input.prescriberContactName ?? null,
        prescriberContactEmail: input.prescriberContactEmail?.toLowerCase() ?? null,
        prescriberContactPhone: input.prescriberContactPhone ?? null,
        referredOn: input.referredOn,
      };
      const existing = await this.repo.ofPerson(structureId, input.personId, tx);
      if (!existing)
        return this.repo.create({ ...values, structureId, personId: input.personId, createdById: userId }, tx);
      if (input.version === null || input.version === undefined)
        throw new BadUserInputError([
          {
            field: 'version',
            message:
              `Une orientation du ${formatIsoDateFr(existing.referredOn)} est déjà enregistrée pour cette personne : ` +
              `rechargez la fiche pour la modifier (une personne n’a qu’une orientation).`,
          },
        ]);
      const written = await this.repo.updateVersioned(structureId, existing.id, input.version, values, tx);
      if (!written) throw new ConflictError(REFERRAL_CONFLICT);
      return this.repo.get(structureId, existing.id, tx);
    });
  }
}

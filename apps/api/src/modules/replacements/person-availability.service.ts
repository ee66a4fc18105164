import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type FieldError, todayInParis } from '@tremplin/domain';
import { requirePerson } from '../../core/access/person-access';
import { CLOCK, type Clock } from '../../core/clock/clock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import type {
  AddPersonUnavailabilityInput,
  AvailabilityRangeInput,
  SetPersonAvailabilityInput,
  SetPersonClearanceInput,
} from './dto/replacement.inputs';
import type { PersonAvailabilityType } from './dto/replacement.types';
import { PersonAvailabilityRepository } from './person-availability.repository';
import {
  CLEARANCE_LABELS,
  type ClearanceCode,
  rangeLabel,
  REPLACEMENT_MESSAGES,
  WEEKDAY_NAMES,
} from './replacements.common';

/** Each range ends after it starts; two ranges of the same day do not overlap (touching is fine). */
export function availabilityRangeErrors(ranges: readonly AvailabilityRangeInput[]): FieldError[] {
  const errors: FieldError[] = [];
  ranges.forEach((r, i) => {
    if (r.endMinute <= r.startMinute)
      errors.push({ field: `ranges.${i}.endMinute`, message: REPLACEMENT_MESSAGES.slotEnd });
  });
  if (errors.length) return errors;
  const order = ranges
    .map((r, i) => ({ r, i }))
    .sort((a, b) => a.r.weekday - b.r.weekday || a.r.startMinute - b.r.startMinute);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1].r;
    const { r, i } = order[k];
    if (r.weekday === prev.weekday && r.startMinute < prev.endMinute)
      errors.push({
        field: `ranges.${i}.startMinute`,
        message: REPLACEMENT_MESSAGES.slotsOverlap(WEEKDAY_NAMES[r.weekday - 1], rangeLabel(prev), rangeLabel(r)),
      });
  }
  return errors;
}

/** A person's weekly availability, absences and clearances, kept by the counsellor (docs/domain/replacements.md). */
@Injectable()
export class PersonAvailabilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repo: PersonAvailabilityRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** What the « Disponibilités » tab shows; another structure's person reads as NOT_FOUND. */
  async read(structureId: string, personId: string): Promise<PersonAvailabilityType> {
    const today = todayInParis(this.clock.now());
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      await requirePerson(tx, structureId, personId);
      const [version, slots, absences, clearances] = [
        await this.repo.patternVersion(structureId, personId, tx),
        await this.repo.availability(structureId, personId, tx),
        await this.repo.absences(structureId, personId, today, tx),
        await this.repo.clearances(structureId, personId, tx),
      ];
      return {
        personId,
        version,
        slots,
        absences: absences.map((a) => ({ ...a, past: a.endsOn < today })),
        clearances: clearances.map((c) => ({
          code: c.code,
          label: CLEARANCE_LABELS[c.code as ClearanceCode] ?? c.code,
          expiresOn: c.expiresOn,
          expired: c.expiresOn !== null && c.expiresOn < today,
        })),
        clearanceCatalogue: Object.entries(CLEARANCE_LABELS).map(([code, label]) => ({ code, label })),
      };
    });
  }

  /** Replaces the whole weekly pattern, if it is still at the version the caller read (CONFLICT otherwise). */
  async setAvailability(structureId: string, userId: string, input: SetPersonAvailabilityInput) {
    const errors = availabilityRangeErrors(input.ranges);
    if (errors.length) throw new BadUserInputError(errors);
    return this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId, { lock: true });
      if ((await this.repo.patternVersion(structureId, input.personId, tx)) !== input.version)
        throw new ConflictError(REPLACEMENT_MESSAGES.availabilityConflict);
      await this.repo.replaceAvailability(structureId, input.personId, userId, input.ranges, tx);
      await this.repo.bumpPatternVersion(structureId, input.personId, userId, tx);
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

  /** Deletes an absence of the structure (another structure's reads as NOT_FOUND). */
  async removeUnavailability(structureId: string, id: string): Promise<void> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      throw new NotFoundError(REPLACEMENT_MESSAGES.absenceNotFound);
    await this.db.transaction(async (tx) => {
      if (!(await this.repo.removeAbsence(structureId, id, tx)))
        throw new NotFoundError(REPLACEMENT_MESSAGES.absenceNotFound);
    });
  }

  async setClearance(structureId: string, userId: string, input: SetPersonClearanceInput): Promise<void> {
    await this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, input.personId);
      await this.repo.upsertClearance(structureId, input.personId, userId, input.code, input.expiresOn ?? null, tx);
    });
  }

  async removeClearance(structureId: string, personId: string, code: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await requirePerson(tx, structureId, personId);
      // A code outside the catalogue is held by no one (and never reaches the database).
      if (!(code in CLEARANCE_LABELS) || !(await this.repo.removeClearance(structureId, personId, code, tx)))
        throw new NotFoundError(REPLACEMENT_MESSAGES.clearanceNotFound);
    });
  }
}

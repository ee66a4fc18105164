import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ACCOUNT_MESSAGES, type FieldError } from '@tremplin/domain';
import type { AuthUser } from '../../core/auth/auth.types';
import { isUuid } from '../../core/access/person-access';
import { AppError, BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { ErrorCode } from '@tremplin/domain';
import { StructureEntity } from '../structures';
import { StructuresAdminRepository } from './structures-admin.repository';
import { ExitPresenceService } from '../exit-presence';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import type { CreateStructureInput, UpdateStructureInput } from './dto/accounts.inputs';

type StructureFields = Omit<UpdateStructureInput, 'id'>;

/** The periods must end after they start (checked again by the database). */
function periodProblems(s: Partial<StructureEntity>): FieldError[] {
  const problems: FieldError[] = [];
  if (s.conventionStartsOn && s.conventionEndsOn && s.conventionEndsOn < s.conventionStartsOn)
    problems.push({ field: 'conventionEndsOn', message: ACCOUNT_MESSAGES.periodInvalid });
  if (s.annexStartsOn && s.annexEndsOn && s.annexEndsOn < s.annexStartsOn)
    problems.push({ field: 'annexEndsOn', message: ACCOUNT_MESSAGES.periodInvalid });
  return problems;
}

/** A partial update of a structure (docs/domain/concurrent-edits.md, part 2). */
const STRUCTURE_PATCH: PatchRules<StructureEntity> = {
  name: required('Le nom de la structure'),
  kind: required('Le type de structure'),
  siret: required('Le SIRET'),
  city: CLEARABLE,
  departement: CLEARABLE,
  conventionNumber: CLEARABLE,
  conventionStartsOn: CLEARABLE,
  conventionEndsOn: CLEARABLE,
  annexNumber: CLEARABLE,
  annexStartsOn: CLEARABLE,
  annexEndsOn: CLEARABLE,
  hiringTarget: CLEARABLE,
};

function siretTaken(): AppError {
  return new AppError(ErrorCode.CONFLICT, ACCOUNT_MESSAGES.siretTaken, {
    fieldErrors: [{ field: 'siret', message: ACCOUNT_MESSAGES.siretTaken }],
  });
}

function isSiretViolation(e: unknown): boolean {
  const err = e as { driverError?: { code?: string; constraint?: string } };
  return err.driverError?.code === '23505' && err.driverError.constraint === 'UQ_structure_siret';
}

/** The administrator's structures: create, edit, deactivate (issue 15 point 2). */
@Injectable()
export class StructuresAdminService {
  private readonly logger = new Logger(StructuresAdminService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly exitPresence: ExitPresenceService,
    private readonly structures: StructuresAdminRepository,
  ) {}

  /** Every structure with its staff count, in two statements. */
  async list(): Promise<{ structure: StructureEntity; staffCount: number }[]> {
    const [structures, counts] = await Promise.all([this.structures.all(), this.structures.staffCounts()]);
    const byId = new Map(counts.map((c) => [c.id, c.n]));
    return structures.map((structure) => ({ structure, staffCount: byId.get(structure.id) ?? 0 }));
  }

  async get(id: string): Promise<StructureEntity> {
    const s = isUuid(id) ? await this.structures.find(id) : null;
    if (!s) throw new NotFoundError(ACCOUNT_MESSAGES.structureNotFound);
    return s;
  }

  async create(input: CreateStructureInput, caller: AuthUser): Promise<StructureEntity> {
    const fields = this.fields(input);
    const problems = periodProblems(fields);
    if (problems.length) throw new BadUserInputError(problems);
    const repo = this.db.getRepository(StructureEntity);
    if (await this.structures.siretTaken(input.siret)) throw siretTaken();
    const saved = await repo.save(repo.create({ ...fields, active: true })).catch((e: unknown) => {
      if (isSiretViolation(e)) throw siretTaken();
      throw e;
    });
    this.logger.log({ msg: 'Structure créée', structureId: saved.id, by: caller.id });
    return this.structures.get(saved.id);
  }

  /** Changes only the fields given. */
  async update(input: UpdateStructureInput, caller: AuthUser): Promise<StructureEntity> {
    const { id, updatedAt, ...rest } = input;
    const updated = await this.db
      .transaction(async (tx) => {
        const repo = tx.getRepository(StructureEntity);
        const current = isUuid(id) ? await this.structures.lock(id, tx) : null;
        if (!current) throw new NotFoundError(ACCOUNT_MESSAGES.structureNotFound);
        // Read at `updatedAt` (to the millisecond): a change saved since by someone else is refused
        // (docs/domain/concurrent-edits.md).
        if (current.updatedAt.getTime() !== updatedAt.getTime())
          throw new ConflictError(ACCOUNT_MESSAGES.structureConflict);
        applyPatch(current, rest, STRUCTURE_PATCH); // null on a field a structure cannot do without: refused, named
        const changes = this.fields(rest);
        const problems = periodProblems({ ...current, ...changes });
        if (problems.length) throw new BadUserInputError(problems);
        if (changes.siret && changes.siret !== current.siret) {
          if (await this.structures.siretTakenByAnother(changes.siret, id, tx)) throw siretTaken();
        }
        if (Object.keys(changes).length) await repo.update({ id }, changes);
        // The kind sets the presence thresholds: the recorded exits are judged again in the same transaction
        // (docs/domain/exits.md, « Toujours à jour »).
        if (changes.kind !== undefined && changes.kind !== current.kind)
          await this.exitPresence.refreshStructure(tx, id);
        return this.structures.get(id, tx);
      })
      .catch((e: unknown) => {
        if (isSiretViolation(e)) throw siretTaken();
        throw e;
      });
    this.logger.log({ msg: 'Structure modifiée', structureId: id, by: caller.id });
    return updated;
  }

  /** Deactivates (or reactivates) a structure: its staff's sessions end at once and they can no longer sign in. */
  async setActive(id: string, active: boolean, caller: AuthUser): Promise<StructureEntity> {
    const s = await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(StructureEntity);
      const current = isUuid(id) ? await this.structures.lock(id, tx) : null;
      if (!current) throw new NotFoundError(ACCOUNT_MESSAGES.structureNotFound);
      if (current.active !== active) await repo.update({ id }, { active });
      if (!active) await this.structures.endStaffSessions(id, tx);
      return this.structures.get(id, tx);
    });
    this.logger.log({ msg: active ? 'Structure réactivée' : 'Structure désactivée', structureId: id, by: caller.id });
    return s;
  }

  /** The entity's fields among those given (undefined = left out). */
  private fields(input: Partial<StructureFields>): Partial<StructureEntity> {
    const out: Partial<StructureEntity> = {};
    const keys = [
      'name',
      'kind',
      'siret',
      'city',
      'departement',
      'conventionNumber',
      'conventionStartsOn',
      'conventionEndsOn',
      'annexNumber',
      'annexStartsOn',
      'annexEndsOn',
      'hiringTarget',
    ] as const;
    for (const k of keys) if (input[k] !== undefined) (out as Record<string, unknown>)[k] = input[k];
    return out;
  }
}

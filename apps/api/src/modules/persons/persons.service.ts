import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ERROR_MESSAGES, normalizeForSearch, PathwayStage, REFERENT_ROLES } from '@tremplin/domain';
import { encodeCursor, pageRequest } from '../../core/graphql/connection';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { UserEntity } from '../users/user.entity';
import type { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import type { PersonsArgs } from './dto/persons.args';
import { PersonEntity } from './person.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PersonPage {
  rows: PersonEntity[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

function sortKeyOf(firstName: string, lastName: string): string {
  return normalizeForSearch(`${lastName} ${firstName}`).slice(0, 210);
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The person record. Every query is scoped by the caller's structure, which comes from the session. */
@Injectable()
export class PersonsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private get repo() {
    return this.db.getRepository(PersonEntity);
  }

  async get(structureId: string, id: string): Promise<PersonEntity> {
    const person = UUID.test(id) ? await this.repo.findOneBy({ id, structureId }) : null;
    if (!person) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
    return person;
  }

  /** A keyset page of the caseload, sorted by name; two statements (page, count) whatever the page size. */
  async list(structureId: string, args: PersonsArgs): Promise<PersonPage> {
    const page = pageRequest(args, 2);
    const qb = this.repo.createQueryBuilder('p').where('p.structureId = :structureId', { structureId });
    const counsellorId = args.filter?.counsellorId;
    if (counsellorId) qb.andWhere('p.counsellorId = :counsellorId', { counsellorId });
    const words = normalizeForSearch(args.filter?.search ?? '').split(' ').filter(Boolean).slice(0, 5);
    words.forEach((w, i) => qb.andWhere(`p.sortKey LIKE :w${i}`, { [`w${i}`]: `%${escapeLike(w)}%` }));
    const countQuery = qb.clone();

    const forward = page.direction === 'forward';
    if (page.cursor) {
      const [key, id] = page.cursor as [string, string];
      qb.andWhere(`(p.sortKey, p.id) ${forward ? '>' : '<'} (:key, :cursorId)`, { key, cursorId: id });
    }
    qb.orderBy('p.sortKey', forward ? 'ASC' : 'DESC')
      .addOrderBy('p.id', forward ? 'ASC' : 'DESC')
      .limit(page.size + 1);

    const [fetched, totalCount] = await Promise.all([qb.getMany(), countQuery.getCount()]);
    const more = fetched.length > page.size;
    const rows = fetched.slice(0, page.size);
    if (!forward) rows.reverse();
    return {
      rows,
      cursors: rows.map((r) => encodeCursor([r.sortKey, r.id])),
      totalCount,
      hasNextPage: forward ? more : page.cursor !== null,
      hasPreviousPage: forward ? page.cursor !== null : more,
    };
  }

  async create(structureId: string, input: CreatePersonInput): Promise<PersonEntity> {
    await this.checkCounsellor(structureId, input.counsellorId);
    const entity = this.repo.create({
      structureId,
      firstName: input.firstName,
      lastName: input.lastName,
      birthDate: input.birthDate,
      email: input.email?.toLowerCase() ?? null,
      phone: input.phone ?? null,
      addressLine: input.addressLine ?? null,
      postalCode: input.postalCode ?? null,
      city: input.city ?? null,
      counsellorId: input.counsellorId ?? null,
      stage: PathwayStage.RECRUITMENT,
      sortKey: sortKeyOf(input.firstName, input.lastName),
    });
    return this.repo.save(entity);
  }

  /**
   * Saves the whole record if, and only if, nobody saved it since the version the caller read: the check and the
   * write are one UPDATE, so two concurrent saves cannot both pass.
   */
  async update(structureId: string, input: UpdatePersonInput): Promise<PersonEntity> {
    if (!UUID.test(input.id)) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
    await this.checkCounsellor(structureId, input.counsellorId);
    const result = await this.repo
      .createQueryBuilder()
      .update(PersonEntity)
      .set({
        firstName: input.firstName,
        lastName: input.lastName,
        birthDate: input.birthDate,
        email: input.email?.toLowerCase() ?? null,
        phone: input.phone ?? null,
        addressLine: input.addressLine ?? null,
        postalCode: input.postalCode ?? null,
        city: input.city ?? null,
        counsellorId: input.counsellorId ?? null,
        sortKey: sortKeyOf(input.firstName, input.lastName),
        version: () => 'version + 1',
      })
      .where('id = :id AND structure_id = :structureId AND version = :version', {
        id: input.id,
        structureId,
        version: input.version,
      })
      .execute();
    if (!result.affected) {
      const exists = await this.repo.existsBy({ id: input.id, structureId });
      if (!exists) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
      throw new ConflictError(ERROR_MESSAGES.personConflict);
    }
    return this.get(structureId, input.id);
  }

  private async checkCounsellor(structureId: string, counsellorId: string | null | undefined): Promise<void> {
    if (!counsellorId) return;
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: counsellorId, structureId, active: true });
    if (!user || !REFERENT_ROLES.includes(user.role))
      throw new BadUserInputError([
        { field: 'counsellorId', message: 'Ce·tte conseiller·ère n’existe pas dans votre structure : choisissez-le·la dans la liste.' },
      ]);
  }
}

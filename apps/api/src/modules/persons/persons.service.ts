import { Injectable, Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { ERROR_MESSAGES, normalizeForSearch, PathwayStage, REFERENT_ROLES, todayInParis } from '@tremplin/domain';
import { encodeCursor, pageRequest } from '../../core/graphql/connection';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import { alertsByPersons } from '../stages/alerts.facts';
import { UserEntity } from '../users/user.entity';
import type { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import type { PersonsArgs } from './dto/persons.args';
import { PersonEntity } from './person.entity';
import { CLOCK, type Clock } from '../../core/clock/clock';

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

/** What `updatePerson` may change, and what null does to each field. */
const PERSON_PATCH: PatchRules<PersonEntity> = {
  firstName: required('Le prénom'),
  lastName: required('Le nom'),
  birthDate: required('La date de naissance', { feminine: true }),
  sex: CLEARABLE,
  email: CLEARABLE,
  phone: CLEARABLE,
  addressLine: CLEARABLE,
  postalCode: CLEARABLE,
  city: CLEARABLE,
  counsellorId: CLEARABLE,
};

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The person record. Every query is scoped by the caller's structure, which comes from the session. */
@Injectable()
export class PersonsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private get repo() {
    return this.db.getRepository(PersonEntity);
  }

  async get(structureId: string, id: string): Promise<PersonEntity> {
    const person = isUuid(id) ? await this.repo.findOneBy({ id, structureId }) : null;
    if (!person) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
    return person;
  }

  /**
   * A keyset page of the caseload, sorted by name; one statement (page, total and referents) whatever the page size. Filters: name
   * search, counsellor, stage (index IDX_person_structure_stage), contract status (a contrat de professionnalisation of
   * the person in that status) and alert.
   *
   * With `alert`, alerts are computed (never stored): the persons matching the other filters are read (id, sort key,
   * stage — and whether each lies past the cursor, compared by the database so that the order is exactly the SQL
   * one), their alerts computed in one batch (`alertsByPersons`, one statement), those having the alert kept, and the
   * page cut from the kept ones with the same keyset cursors; then the page's rows are read. A constant number of
   * statements (3), whatever the page size. Scale assumption: a structure follows hundreds of persons, not hundreds
   * of thousands — reading every candidate's facts once per request is then cheap. Should that change, the alerts
   * would have to be materialised (a nightly table) to be filtered in SQL.
   */
  async list(structureId: string, args: PersonsArgs): Promise<PersonPage> {
    const page = pageRequest(args, ['text', 'uuid']); // (sortKey, id)
    const filter = args.filter;
    const qb = this.repo.createQueryBuilder('p').where('p.structureId = :structureId', { structureId });
    const counsellorId = filter?.counsellorId;
    if (counsellorId) qb.andWhere('p.counsellorId = :counsellorId', { counsellorId });
    if (filter?.stage) qb.andWhere('p.stage = :stage', { stage: filter.stage });
    if (filter?.contractStatus)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM professionalisation_contract c
                  WHERE c.structure_id = p.structure_id AND c.person_id = p.id AND c.status = :contractStatus)`,
        { contractStatus: filter.contractStatus },
      );
    const words = normalizeForSearch(filter?.search ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 5);
    words.forEach((w, i) => qb.andWhere(`p.sortKey LIKE :w${i}`, { [`w${i}`]: `%${escapeLike(w)}%` }));
    const countQuery = qb.clone();

    const forward = page.direction === 'forward';
    const [key, cursorId] = (page.cursor ?? []) as [string?, string?];
    const pastCursor = `(p.sortKey, p.id) ${forward ? '>' : '<'} (:key, :cursorId)`;
    qb.orderBy('p.sortKey', forward ? 'ASC' : 'DESC').addOrderBy('p.id', forward ? 'ASC' : 'DESC');

    let fetched: PersonEntity[];
    let totalCount: number;
    const alert = filter?.alert;
    if (alert) {
      const candidates = await qb
        .select('p.id', 'id')
        .addSelect('p.stage', 'stage')
        .addSelect(page.cursor ? pastCursor : 'TRUE', 'pastCursor')
        .setParameters(page.cursor ? { key, cursorId } : {})
        .getRawMany<{ id: string; stage: PathwayStage; pastCursor: boolean }>();
      const alerts = await alertsByPersons(this.db, structureId, candidates, todayInParis(this.clock.now()));
      const kept = candidates.filter((_, i) => alerts[i].some((a) => a.code === alert));
      totalCount = kept.length;
      const inPage = kept.filter((c) => c.pastCursor).slice(0, page.size + 1);
      const found = inPage.length ? await this.repo.findBy({ structureId, id: In(inPage.map((c) => c.id)) }) : [];
      const byId = new Map(found.map((r) => [r.id, r]));
      fetched = inPage.flatMap((c) => byId.get(c.id) ?? []);
    } else {
      // The page and the total in one statement: the count of the whole filtered set (not only past the cursor) as a
      // scalar subquery. An empty page past a cursor carries no total: it is then counted on its own.
      if (page.cursor) qb.andWhere(pastCursor, { key, cursorId });
      const count = countQuery.clone().select('COUNT(*)').orderBy();
      const { entities, raw } = await qb
        // The referent comes with the row (many-to-one: the page is not multiplied), for `Person.counsellor`.
        .leftJoinAndSelect('p.counsellor', 'counsellor')
        .addSelect(`(${count.getQuery()})`, 'total_count')
        .setParameters(count.getParameters())
        .limit(page.size + 1)
        .getRawAndEntities<{ total_count: string }>();
      fetched = entities;
      totalCount = raw.length ? Number(raw[0].total_count) : page.cursor ? await countQuery.getCount() : 0;
    }

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
      sex: input.sex ?? null,
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
   * Saves the fields the caller gives (a field left out keeps its value, null clears it where the person may do
   * without it — docs/domain/concurrent-edits.md) if, and only if, nobody saved the record since the version the
   * caller read: the check and the write are one UPDATE, so two concurrent saves cannot both pass.
   */
  async update(structureId: string, input: UpdatePersonInput): Promise<PersonEntity> {
    const current = await this.get(structureId, input.id);
    if (current.version !== input.version) throw new ConflictError(ERROR_MESSAGES.personConflict);
    const merged = applyPatch(current, input, PERSON_PATCH);
    if (input.counsellorId) await this.checkCounsellor(structureId, input.counsellorId);
    const result = await this.repo
      .createQueryBuilder()
      .update(PersonEntity)
      .set({
        firstName: merged.firstName,
        lastName: merged.lastName,
        birthDate: merged.birthDate,
        sex: merged.sex,
        email: merged.email?.toLowerCase() ?? null,
        phone: merged.phone,
        addressLine: merged.addressLine,
        postalCode: merged.postalCode,
        city: merged.city,
        counsellorId: merged.counsellorId,
        sortKey: sortKeyOf(merged.firstName, merged.lastName),
        version: () => 'version + 1',
      })
      .where('id = :id AND structure_id = :structureId AND version = :version', {
        id: input.id,
        structureId,
        version: input.version,
      })
      .execute();
    if (!result.affected) throw new ConflictError(ERROR_MESSAGES.personConflict);
    return this.get(structureId, input.id);
  }

  private async checkCounsellor(structureId: string, counsellorId: string | null | undefined): Promise<void> {
    if (!counsellorId) return;
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: counsellorId, structureId, active: true });
    if (!user || !REFERENT_ROLES.includes(user.role))
      throw new BadUserInputError([
        {
          field: 'counsellorId',
          message: 'Ce·tte conseiller·ère n’existe pas dans votre structure : choisissez-le·la dans la liste.',
        },
      ]);
  }
}

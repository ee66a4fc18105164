import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  In,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { PathwayStage } from '@tremplin/domain';
import { SNAPSHOT_UUID, SqlSnapshot } from '../../database/repository';
import { UserEntity } from '../users';
import { PersonEntity } from './person.entity';

/** The caseload filters the database applies (alerts are computed: persons.service.ts). */
export interface PersonListFilter {
  counsellorId?: string | null;
  stage?: PathwayStage | null;
  contractStatus?: string | null;
  /** Normalised words of the name search (`normalizeForSearch`), each one to be found in the sort key. */
  words: string[];
}

/** A keyset page by (sort key, id): its direction, size and the cursor it starts after (or before). */
export interface PersonKeyset {
  forward: boolean;
  size: number;
  cursor: [key: string, id: string] | null;
}

/** The values `updatePerson` writes. */
export type PersonValues = Pick<
  PersonEntity,
  | 'firstName'
  | 'lastName'
  | 'birthDate'
  | 'sex'
  | 'email'
  | 'phone'
  | 'addressLine'
  | 'postalCode'
  | 'city'
  | 'counsellorId'
  | 'sortKey'
>;

/** Column types whose values `pg` already gives as the entity holds them: TypeORM's hydration leaves them as they are. */
const AS_IS = new Set<unknown>(['uuid', 'varchar', 'char', 'text', 'boolean']);

type Hydrator<E> = (raw: Record<string, unknown>) => E | null;
const HYDRATORS = new WeakMap<DataSource, Map<string, Hydrator<ObjectLiteral>>>();

/**
 * The entity of alias `alias` in a raw row of a query builder, built as TypeORM's `getRawAndEntities` builds it (the
 * entity's class, each column converted by the driver, `null` when every column is null) without its generic
 * transformer — which groups rows by primary key and resolves joins per row: a tenth of a caseload page's CPU.
 */
function hydratorOf<E extends ObjectLiteral>(db: DataSource, target: EntityTarget<E>, alias: string): Hydrator<E> {
  let byAlias = HYDRATORS.get(db);
  if (!byAlias) HYDRATORS.set(db, (byAlias = new Map()));
  const metadata = db.getMetadata(target);
  const name = `${metadata.name}:${alias}`;
  let hydrate = byAlias.get(name) as Hydrator<E> | undefined;
  if (!hydrate) {
    const driver = db.driver;
    const columns = metadata.columns
      .filter((c) => !c.isVirtual)
      .map((column) => ({
        key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
        column,
        asIs: !column.transformer && AS_IS.has(column.type),
      }));
    hydrate = (raw) => {
      const entity = metadata.create(undefined, { fromDeserializer: true }) as E;
      let hasData = false;
      for (const { key, column, asIs } of columns) {
        const value = raw[key];
        if (value === undefined) continue;
        if (value !== null && !column.isVirtualProperty) hasData = true;
        column.setEntityValue(
          entity,
          asIs || (value === null && !column.transformer) ? value : driver.prepareHydratedValue(value, column),
        );
      }
      return hasData ? entity : null;
    };
    byAlias.set(name, hydrate as Hydrator<ObjectLiteral>);
  }
  return hydrate;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const SNAPSHOT_FILTER: PersonListFilter = {
  counsellorId: SNAPSHOT_UUID,
  stage: 'TRAINING' as PathwayStage,
  contractStatus: 'ACTIVE',
  words: ['dupont'],
};
const SNAPSHOT_KEYSET: PersonKeyset = { forward: true, size: 50, cursor: ['dupont jean', SNAPSHOT_UUID] };

/** The SQL of the person record and of the caseload (its keyset pages). */
@Injectable()
export class PersonsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person `id` of the structure, `null` if none. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_UUID] })
  findOne(structureId: string, id: string, tx: EntityManager = this.db.manager): Promise<PersonEntity | null> {
    return tx.getRepository(PersonEntity).findOneBy({ id, structureId });
  }

  /** The persons `ids` of the structure, in no order. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, [SNAPSHOT_UUID]] })
  byIds(structureId: string, ids: readonly string[], tx: EntityManager = this.db.manager): Promise<PersonEntity[]> {
    return tx.getRepository(PersonEntity).findBy({ structureId, id: In([...ids]) });
  }

  /**
   * Every person of the caseload matching `filter`, sorted as the pages are (id, stage, and whether each lies past
   * the keyset's cursor, compared by the database so that the order is exactly the SQL one): one statement.
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_FILTER, SNAPSHOT_KEYSET] })
  candidates(
    structureId: string,
    filter: PersonListFilter,
    keyset: PersonKeyset,
    tx: EntityManager = this.db.manager,
  ): Promise<{ id: string; stage: PathwayStage; pastCursor: boolean }[]> {
    const qb = this.sorted(this.filtered(tx, structureId, filter), keyset);
    const [key, cursorId] = keyset.cursor ?? [];
    return qb
      .select('p.id', 'id')
      .addSelect('p.stage', 'stage')
      .addSelect(keyset.cursor ? pastCursor(keyset) : 'TRUE', 'pastCursor')
      .setParameters(keyset.cursor ? { key, cursorId } : {})
      .getRawMany<{ id: string; stage: PathwayStage; pastCursor: boolean }>();
  }

  /**
   * A keyset page of the caseload (`size + 1` rows, to tell whether there is more) with each row's referent and the
   * count of the whole filtered set (not only past the cursor) as a scalar subquery: one statement. `total` is null
   * when the page is empty (an empty page carries no total: `count` then counts).
   */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_FILTER, SNAPSHOT_KEYSET] })
  async pageWithTotal(
    structureId: string,
    filter: PersonListFilter,
    keyset: PersonKeyset,
    tx: EntityManager = this.db.manager,
  ): Promise<{ rows: PersonEntity[]; total: number | null }> {
    // The statement depends only on the filter's and the keyset's shape: built by the query builder once per shape
    // (building it cost about a twentieth of a caseload page's CPU), then bound to this request's values.
    const parameters = pageParameters(structureId, filter, keyset);
    const shape = [
      Boolean(filter.counsellorId),
      Boolean(filter.stage),
      Boolean(filter.contractStatus),
      filter.words.length,
      keyset.forward,
      Boolean(keyset.cursor),
      keyset.size,
    ].join('|');
    let statements = PAGE_STATEMENTS.get(tx.connection);
    if (!statements) PAGE_STATEMENTS.set(tx.connection, (statements = new Map()));
    let statement = statements.get(shape);
    if (!statement) {
      statement = this.pageStatement(tx, structureId, filter, keyset);
      for (const name of statement.names)
        if (!(name in parameters)) throw new Error(`caseload page: no value for parameter ${name}`);
      if (statements.size >= MAX_PAGE_SHAPES) statements.clear();
      statements.set(shape, statement);
    }
    const raw = (await tx.query(
      statement.sql,
      statement.names.map((name) => parameters[name]),
    )) as (Record<string, unknown> & { total_count: string })[];
    // One row per person (the join is many-to-one): hydrated here, as `getRawAndEntities` would.
    const person = hydratorOf(tx.dataSource, PersonEntity, 'p');
    const counsellor = hydratorOf(tx.dataSource, UserEntity, 'counsellor');
    const rows = raw.flatMap((r) => {
      const entity = person(r);
      if (!entity) return [];
      // As TypeORM: `null` when the join found no referent.
      (entity as { counsellor?: UserEntity | null }).counsellor = counsellor(r);
      return [entity];
    });
    return { rows, total: raw.length ? Number(raw[0].total_count) : null };
  }

  /** The number of persons of the caseload matching `filter`. */
  @SqlSnapshot({ params: [SNAPSHOT_UUID, SNAPSHOT_FILTER] })
  count(structureId: string, filter: PersonListFilter, tx: EntityManager = this.db.manager): Promise<number> {
    return this.filtered(tx, structureId, filter).getCount();
  }

  /** Saves a new person. */
  @SqlSnapshot({
    params: [
      {
        structureId: SNAPSHOT_UUID,
        firstName: 'Jean',
        lastName: 'Dupont',
        birthDate: '1990-01-01',
        stage: 'RECRUITMENT',
        sortKey: 'dupont jean',
      },
    ],
  })
  create(values: Partial<PersonEntity>, tx: EntityManager = this.db.manager): Promise<PersonEntity> {
    const repo = tx.getRepository(PersonEntity);
    return repo.save(repo.create(values));
  }

  /**
   * Writes `values` and bumps the version if, and only if, nobody saved the person since `version` (the check and
   * the write are one UPDATE): whether it was written.
   */
  @SqlSnapshot({
    params: [
      SNAPSHOT_UUID,
      SNAPSHOT_UUID,
      1,
      {
        firstName: 'Jean',
        lastName: 'Dupont',
        birthDate: '1990-01-01',
        sex: null,
        email: null,
        phone: null,
        addressLine: null,
        postalCode: null,
        city: null,
        counsellorId: null,
        sortKey: 'dupont jean',
      },
    ],
  })
  async updateVersioned(
    structureId: string,
    id: string,
    version: number,
    values: PersonValues,
    tx: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(PersonEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where('id = :id AND structure_id = :structureId AND version = :version', { id, structureId, version })
      .execute();
    return Boolean(result.affected);
  }

  /**
   * The page statement for the shape of `filter` and `keyset`, as the query builder writes it: its SQL with `$n`
   * placeholders and the name of each placeholder's parameter (see `pageParameters`).
   */
  private pageStatement(
    tx: EntityManager,
    structureId: string,
    filter: PersonListFilter,
    keyset: PersonKeyset,
  ): { sql: string; names: string[] } {
    const qb = this.filtered(tx, structureId, filter);
    const count = qb.clone().select('COUNT(*)').orderBy();
    this.sorted(qb, keyset);
    if (keyset.cursor) {
      const [key, cursorId] = keyset.cursor;
      qb.andWhere(pastCursor(keyset), { key, cursorId });
    }
    qb
      // The referent comes with the row (many-to-one: the page is not multiplied), for `Person.counsellor`.
      .leftJoinAndSelect('p.counsellor', 'counsellor')
      .addSelect(`(${count.getQuery()})`, 'total_count')
      .setParameters(count.getParameters())
      .limit(keyset.size + 1);
    // Each parameter bound to its own name: the positional values are then the names, in placeholder order.
    const byName = Object.fromEntries(Object.keys(qb.getParameters()).map((name) => [name, name]));
    const [sql, names] = tx.connection.driver.escapeQueryWithParameters(qb.getQuery(), byName);
    return { sql, names: names as string[] };
  }

  /** The caseload of the structure with the filters of the database (name words, counsellor, stage, contract). */
  private filtered(tx: EntityManager, structureId: string, filter: PersonListFilter): SelectQueryBuilder<PersonEntity> {
    const qb = tx
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where('p.structureId = :structureId', { structureId });
    const counsellorId = filter.counsellorId;
    if (counsellorId) qb.andWhere('p.counsellorId = :counsellorId', { counsellorId });
    if (filter.stage) qb.andWhere('p.stage = :stage', { stage: filter.stage });
    if (filter.contractStatus)
      qb.andWhere(
        `EXISTS (SELECT 1 FROM professionalisation_contract c
                  WHERE c.structure_id = p.structure_id AND c.person_id = p.id AND c.status = :contractStatus)`,
        { contractStatus: filter.contractStatus },
      );
    filter.words.forEach((w, i) => qb.andWhere(`p.sortKey LIKE :w${i}`, { [`w${i}`]: `%${escapeLike(w)}%` }));
    return qb;
  }

  private sorted(qb: SelectQueryBuilder<PersonEntity>, keyset: PersonKeyset): SelectQueryBuilder<PersonEntity> {
    return qb.orderBy('p.sortKey', keyset.forward ? 'ASC' : 'DESC').addOrderBy('p.id', keyset.forward ? 'ASC' : 'DESC');
  }
}

function pastCursor(keyset: PersonKeyset): string {
  return `(p.sortKey, p.id) ${keyset.forward ? '>' : '<'} (:key, :cursorId)`;
}

/** The page statements built so far, per data source and shape (`pageWithTotal`). */
const PAGE_STATEMENTS = new WeakMap<DataSource, Map<string, { sql: string; names: string[] }>>();
/** Shapes are few (filters present or not, direction, cursor, page size ≤ 100): a bound against the unexpected. */
const MAX_PAGE_SHAPES = 500;

/** The named parameters of a caseload page, as `filtered`, `pastCursor` and the query builder name them. */
function pageParameters(structureId: string, filter: PersonListFilter, keyset: PersonKeyset): Record<string, unknown> {
  const parameters: Record<string, unknown> = { structureId };
  if (filter.counsellorId) parameters['counsellorId'] = filter.counsellorId;
  if (filter.stage) parameters['stage'] = filter.stage;
  if (filter.contractStatus) parameters['contractStatus'] = filter.contractStatus;
  filter.words.forEach((w, i) => (parameters[`w${i}`] = `%${escapeLike(w)}%`));
  if (keyset.cursor) [parameters['key'], parameters['cursorId']] = keyset.cursor;
  return parameters;
}

import { Inject, Injectable } from '@nestjs/common';
import { ERROR_MESSAGES, normalizeForSearch, PathwayStage, REFERENT_ROLES, todayInParis } from '@tremplin/domain';
import { encodeCursor, pageRequest } from '../../core/graphql/connection';
import { isUuid } from '../../core/access/person-access';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/app-errors';
import { applyPatch, CLEARABLE, type PatchRules, required } from '../../core/graphql/patch';
import { PersonAlerts } from './person-alerts.port';
import { UsersRepository } from '../users';
import type { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import type { PersonsArgs } from './dto/persons.args';
import type { PersonEntity } from './person.entity';
import { type PersonKeyset, type PersonListFilter, PersonsRepository } from './persons.repository';
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

/** The person record. Every query is scoped by the caller's structure, which comes from the session. */
@Injectable()
export class PersonsService {
  constructor(
    private readonly repo: PersonsRepository,
    private readonly users: UsersRepository,
    private readonly alerts: PersonAlerts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(structureId: string, id: string): Promise<PersonEntity> {
    const person = isUuid(id) ? await this.repo.findOne(structureId, id) : null;
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
    const filter: PersonListFilter = {
      counsellorId: args.filter?.counsellorId,
      stage: args.filter?.stage,
      contractStatus: args.filter?.contractStatus,
      words: normalizeForSearch(args.filter?.search ?? '')
        .split(' ')
        .filter(Boolean)
        .slice(0, 5),
    };
    const forward = page.direction === 'forward';
    const keyset: PersonKeyset = {
      forward,
      size: page.size,
      cursor: page.cursor ? (page.cursor as [string, string]) : null,
    };

    let fetched: PersonEntity[];
    let totalCount: number;
    const alert = args.filter?.alert;
    if (alert) {
      const candidates = await this.repo.candidates(structureId, filter, keyset);
      const alerts = await this.alerts.alertsByPersons(structureId, candidates, todayInParis(this.clock.now()));
      const kept = candidates.filter((_, i) => alerts[i].some((a) => a.code === alert));
      totalCount = kept.length;
      const inPage = kept.filter((c) => c.pastCursor).slice(0, page.size + 1);
      const found = inPage.length
        ? await this.repo.byIds(
            structureId,
            inPage.map((c) => c.id),
          )
        : [];
      const byId = new Map(found.map((r) => [r.id, r]));
      fetched = inPage.flatMap((c) => byId.get(c.id) ?? []);
    } else {
      // The page and the total in one statement. An empty page past a cursor carries no total: it is then counted on
      // its own.
      const { rows, total } = await this.repo.pageWithTotal(structureId, filter, keyset);
      fetched = rows;
      totalCount = total ?? (page.cursor ? await this.repo.count(structureId, filter) : 0);
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
    return this.repo.create({
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
    const written = await this.repo.updateVersioned(structureId, input.id, input.version, {
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
    });
    if (!written) throw new ConflictError(ERROR_MESSAGES.personConflict);
    return this.get(structureId, input.id);
  }

  private async checkCounsellor(structureId: string, counsellorId: string | null | undefined): Promise<void> {
    if (!counsellorId) return;
    const user = await this.users.activeUser(structureId, counsellorId);
    if (!user || !REFERENT_ROLES.includes(user.role))
      throw new BadUserInputError([
        {
          field: 'counsellorId',
          message: 'Ce·tte conseiller·ère n’existe pas dans votre structure : choisissez-le·la dans la liste.',
        },
      ]);
  }
}

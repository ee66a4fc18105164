import type { EntityManager } from 'typeorm';
import { ERROR_MESSAGES, hasPermissions, Permission } from '@tremplin/domain';
import type { AuthUser } from '../auth/auth.types';
import { NotFoundError } from '../errors/app-errors';
import type { PersonEntity } from '../../modules/persons/person.entity';
import { accessRepositoryOf } from './access.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The person a pathway operation is about, in the caller's structure; NOT_FOUND otherwise (another structure's
 * person is indistinguishable from one that does not exist). With `lock`, the row is locked until the transaction
 * ends, so that rules counting a person's records (caps, gates) see no concurrent insert for that person.
 */
export async function requirePerson(
  manager: EntityManager,
  structureId: string,
  personId: string,
  options: { lock?: boolean } = {},
): Promise<PersonEntity> {
  if (!isUuid(personId)) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
  const person = await accessRepositoryOf(manager).personOfStructure(
    structureId,
    personId,
    Boolean(options.lock),
    manager,
  );
  if (!person) throw new NotFoundError(ERROR_MESSAGES.personNotFound);
  return person;
}

/** Whether the caller may see sensitive data and confidential notes (counsellors and directors of the structure). */
export function canSeeSensitive(auth: AuthUser | null | undefined): boolean {
  return Boolean(auth && hasPermissions(auth.role, [Permission.SENSITIVE_READ]));
}

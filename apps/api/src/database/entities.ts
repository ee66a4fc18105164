import { UserSessionEntity } from '../core/auth/user-session.entity';
import { SignInAttemptEntity } from '../core/auth/sign-in-attempt.entity';
import { PersonEntity } from '../modules/persons/person.entity';
import { PartnerOrganisationEntity } from '../modules/structures/partner-organisation.entity';
import { StructureEntity } from '../modules/structures/structure.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity of the schema; the migrations must describe exactly these (a test checks it). */
export const ENTITIES = [
  StructureEntity,
  PartnerOrganisationEntity,
  UserEntity,
  UserSessionEntity,
  SignInAttemptEntity,
  PersonEntity,
];

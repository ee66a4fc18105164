/**
 * Public API of the users module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Users: the user accounts.
 * Used by others: `CounsellorSummaryType`: the referent of persons and stage changes.
 */
export { UsersModule } from './users.module';

// Services, types and functions other modules call.
export { CounsellorSummaryType } from './dto/counsellor-summary.type';

// Entities: all of them for the schema's registry (`database/entities.ts`); used by other modules:
// - UserEntity: relations of persons, notifications, imports, funding, accounts and core/auth
export { UserEntity } from './user.entity';
export { UsersRepository } from './users.repository';

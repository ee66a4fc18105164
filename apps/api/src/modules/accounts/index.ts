/**
 * Public API of the accounts module (ADR 0012): what other modules, core, database, testing and tools may import —
 * only through this file (`npm run lint` refuses a deep import). Everything else in the folder is internal.
 *
 * Accounts: sign-up, invitations, passwords, structures' administration.
 * Used by others: `publicBase`, `createFirstAdministrator`, `AdministratorExistsError`: the `create-admin` tool.
 */
export { AccountsModule } from './accounts.module';

// Services, types and functions other modules call.
export { publicBase } from './accounts.service';
export { AdministratorExistsError, createFirstAdministrator } from './first-administrator';

// Entities: all of them for the schema's registry (`database/entities.ts`), no other module's use.
export { AccountTokenEntity } from './account-token.entity';

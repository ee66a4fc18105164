import type { DataSource } from 'typeorm';
import { ACCOUNT_MESSAGES } from '@tremplin/domain';
import { linkPath } from './account-links';
import { AccountsRepository } from './accounts.repository';
import { AccountTokenKind } from './account-token.entity';

export class AdministratorExistsError extends Error {
  constructor() {
    super(ACCOUNT_MESSAGES.administratorExists);
    this.name = 'AdministratorExistsError';
  }
}

/**
 * `npm run admin:create -- <email>`: on a database with no administrator, creates the platform administrator (no
 * password yet) and returns a single-use link, valid 72 h, where she chooses it. Refuses when an administrator
 * exists. The table is locked for the check, so two runs at once cannot both create one.
 */
export async function createFirstAdministrator(
  db: DataSource,
  email: string,
  publicUrl: string,
): Promise<{ userId: string; link: string }> {
  const address = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) || address.length > 254)
    throw new Error(`Adresse e-mail invalide : « ${email} ». Exemple : npm run admin:create -- prenom.nom@exemple.fr`);
  const accounts = new AccountsRepository(db);
  return db.transaction(async (tx) => {
    await accounts.lockUsersTable(tx);
    if (await accounts.administratorExists(tx)) throw new AdministratorExistsError();
    if (await accounts.emailTaken(address, tx)) throw new Error(ACCOUNT_MESSAGES.emailTaken);
    // « claire.martin@… » → Claire Martin; she can be renamed later.
    const parts = address
      .split('@')[0]
      .split(/[._-]+/)
      .filter(Boolean);
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    const firstName = cap(parts[0] ?? 'Administration').slice(0, 100);
    const lastName = parts.length > 1 ? parts.slice(1).map(cap).join(' ').slice(0, 100) : 'Administration';
    const id = await accounts.insertAdministrator(address, firstName, lastName, tx);
    const token = await accounts.issueLink(id, AccountTokenKind.INVITATION, null, tx);
    return { userId: id, link: `${publicUrl.replace(/\/+$/, '')}${linkPath(token)}` };
  });
}

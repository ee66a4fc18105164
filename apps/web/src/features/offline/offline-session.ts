import { hasOfflineData, listOutbox, type OfflineOwner, readOwner, wipeOfflineData } from './offline-store';

/**
 * Loaded on demand by the shell (app/auth.tsx), so that the sign-in page does not carry IndexedDB code.
 * When someone signs in, offline data kept here for another person is deleted; nothing is created for a person who
 * never opened « Mon terrain ».
 */
export async function forgetOtherOwner(userId: string): Promise<void> {
  if (!(await hasOfflineData())) return;
  const owner = await readOwner().catch(() => null);
  if (owner && owner.id !== userId) await wipeOfflineData();
}

/** The signed-in user as kept by « Mon terrain », for the shell when the server cannot be reached (offline reload). */
export async function offlineOwner(): Promise<OfflineOwner | null> {
  if (!(await hasOfflineData())) return null;
  return readOwner().catch(() => null);
}

/** What to ask before signing out when entries made here are not accepted yet (they go with the wipe); else null. */
export async function unsentWarning(): Promise<string | null> {
  if (!(await hasOfflineData())) return null;
  const n = (await listOutbox().catch(() => [])).length;
  if (!n) return null;
  const what =
    n === 1
      ? 'Une saisie de « Mon terrain » n’a pas encore été envoyée : elle sera perdue.'
      : `${n} saisies de « Mon terrain » n’ont pas encore été envoyées : elles seront perdues.`;
  return `${what} Se déconnecter quand même ?`;
}

export { wipeOfflineData };

import { hasOfflineData, type OfflineOwner, readOwner, wipeOfflineData } from './offline-store';

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

export { wipeOfflineData };

import { Init1795361979056 } from './1795361979056-Init';

/** Every migration, in order. `npm run migration:generate -- Name` writes new ones; add them here. */
export const MIGRATIONS = [Init1795361979056];

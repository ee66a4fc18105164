import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirBusyError, dataDirLockPath, lockDataDir } from './data-dir-lock';

describe('the embedded database folder’s lock', () => {
  let dir: string;
  let dataDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tremplin-verrou-'));
    dataDir = join(dir, 'pglite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const holder = (o: Partial<{ pid: number; host: string; use: string; since: string }>) =>
    writeFileSync(
      dataDirLockPath(dataDir),
      JSON.stringify({ pid: process.pid, host: hostname(), use: 'server', since: '2026-05-04T08:00:00.000Z', ...o }),
    );

  it('is a file beside the folder, mode 0600, naming this process; released, it is gone', () => {
    const release = lockDataDir(dataDir, 'backup');
    const path = join(dir, 'pglite.lock');
    expect(dataDirLockPath(dataDir)).toBe(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname(), use: 'backup' });
    release();
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a second holder while the first lives, in French, saying who holds it and what to do', () => {
    const release = lockDataDir(dataDir, 'server');
    try {
      expect(() => lockDataDir(dataDir, 'backup')).toThrow(DataDirBusyError);
      expect(() => lockDataDir(dataDir, 'restore')).toThrow(
        new RegExp(
          `^Le PostgreSQL embarqué \\(${dataDir}\\) est déjà utilisé par le serveur Tremplin \\(npm start ou npm run dev\\) ` +
            `\\(processus ${process.pid}, depuis .+\\)\\. Attendez la fin de ce processus ou arrêtez-le \\(Ctrl\\+C dans son terminal\\), ` +
            `puis relancez\\. Si aucun processus ne l’utilise plus, supprimez le fichier ${dataDir}\\.lock\\.$`,
        ),
      );
    } finally {
      release();
    }
    lockDataDir(dataDir, 'backup')();
  });

  it('takes over a lock left by a process that is gone (crash, kill -9)', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    holder({ pid: gone });
    const release = lockDataDir(dataDir, 'backup');
    expect(JSON.parse(readFileSync(dataDirLockPath(dataDir), 'utf8'))).toMatchObject({
      pid: process.pid,
      use: 'backup',
    });
    release();
  });

  it('does not release a lock that another process has taken since', () => {
    const release = lockDataDir(dataDir, 'backup');
    holder({ pid: 1, use: 'restore' });
    release();
    expect(existsSync(dataDirLockPath(dataDir))).toBe(true);
  });

  it('refuses a lock taken on another machine (a shared folder) and an unreadable one', () => {
    holder({ pid: 12345, host: 'autre-serveur', use: 'restore' });
    expect(() => lockDataDir(dataDir, 'server')).toThrow(
      'est déjà utilisé par une restauration (npm run restore) (processus 12345 sur la machine autre-serveur, depuis 2026-05-04T08:00:00.000Z)',
    );
    writeFileSync(dataDirLockPath(dataDir), '{"pid":');
    expect(() => lockDataDir(dataDir, 'server')).toThrow('est déjà utilisé par un autre processus.');
  });
});

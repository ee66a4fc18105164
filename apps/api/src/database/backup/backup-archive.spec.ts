import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BackupError,
  checkFacts,
  type DatabaseFacts,
  describeFacts,
  formatBytes,
  verifyChecksum,
} from './backup-archive';
import {
  PG_DUMPALL_ROLES,
  QUOTED_ROLE_LINES,
  TREMPLIN_APP_ROLE_LINES,
} from '../../testing/repositories/database-backup.repository';
import { libpq, roleStatements } from './postgres-backup';

const FACTS: DatabaseFacts = {
  server: 'PostgreSQL 15.20',
  lastMigration: 'PassIaeToTheDay1795450000000',
  persons: 15,
  reportFiles: 2,
  reportFilesMismatched: 0,
};

describe('backup files', () => {
  it('keeps only the lines of pg_dumpall that define the application’s role, quoted as pg_dumpall quotes it', () => {
    const dumpall = PG_DUMPALL_ROLES.join('\n');
    expect(roleStatements(dumpall, 'tremplin_app')).toEqual(TREMPLIN_APP_ROLE_LINES);
    expect(roleStatements(dumpall, '"Tremplin App"')).toEqual(QUOTED_ROLE_LINES);
  });

  it('gives PostgreSQL’s tools the password through PGPASSWORD, never on their command line', () => {
    const c = libpq('postgres://tremplin:s%C3%A9cret%40%3A@db.example:5433/tremplin?sslmode=require');
    expect(c.dbname).toBe('postgres://tremplin@db.example:5433/tremplin?sslmode=require');
    expect(c.env['PGPASSWORD']).toBe('sécret@:');
    expect(c.label).toBe('la base « tremplin » de db.example:5433');
  });

  it('says what a restored database lacks against the backup', () => {
    expect(() => checkFacts(FACTS, FACTS, 'la base « x »')).not.toThrow();
    expect(() =>
      checkFacts(
        FACTS,
        { ...FACTS, persons: 14, reportFiles: 1, reportFilesMismatched: 1, lastMigration: null },
        'la base « x »',
      ),
    ).toThrow(
      new BackupError(
        'La base « x » ne correspond pas à la sauvegarde : dernière migration aucune au lieu de PassIaeToTheDay1795450000000 ; ' +
          '14 personnes au lieu de 15 ; 1 fichier de rapport au lieu de 2 ; ' +
          '1 fichier de rapport dont le contenu ne correspond plus à son empreinte SHA-256.',
      ),
    );
    expect(describeFacts(FACTS)).toBe(
      '15 personnes, 2 fichiers de rapport (empreintes SHA-256 conformes), dernière migration PassIaeToTheDay1795450000000',
    );
    expect(formatBytes(245_760)).toBe('240 Ko');
    expect(formatBytes(5_662_310)).toBe('5,4 Mo');
  });

  describe('the checksum beside the backup', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'tremplin-empreinte-'));
      writeFileSync(join(dir, 'b.tar'), 'contenu');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is read in the sha256sum format, and refused when it does not match', async () => {
      const actual = createHash('sha256').update('contenu').digest('hex');
      writeFileSync(join(dir, 'b.tar.sha256'), `${actual}  b.tar\n`);
      await expect(verifyChecksum(join(dir, 'b.tar'))).resolves.toBe(actual);
      writeFileSync(join(dir, 'b.tar.sha256'), `${'f'.repeat(64)}  b.tar\n`);
      await expect(verifyChecksum(join(dir, 'b.tar'))).rejects.toThrow('ne correspond pas à son empreinte SHA-256');
      writeFileSync(join(dir, 'b.tar.sha256'), 'rien');
      await expect(verifyChecksum(join(dir, 'b.tar'))).rejects.toThrow('ne contient pas d’empreinte SHA-256 lisible');
    });
  });
});

import { buildStructure } from '@tremplin/api-testing';
import { StructureKind } from '@tremplin/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { StructureEntity } from '../modules/structures/structure.entity';
import { startTestApp, type TestApp } from '../testing/test-app';
import { withSharedSnapshot } from './snapshot';

describe('withSharedSnapshot', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await buildStructure(t.db, { name: 'Avant' });
  });
  afterAll(() => t?.close());

  const count = (m: DataSource | EntityManager) => m.getRepository(StructureEntity).count();

  const onPostgres = () => t.database.kind === 'postgres';

  it('gives both connections the same data, whatever is committed meanwhile, and writes nothing (PostgreSQL)', async () => {
    if (!onPostgres()) return; // PGlite: no transaction, see below
    const seen = await withSharedSnapshot(t.db, async (main, side) => {
      const first = await count(main);
      await buildStructure(t.db, { name: 'Pendant' }); // committed now: seen by neither side
      const [a, b] = await Promise.all([count(main), count(side)]);
      const refused = await main
        .getRepository(StructureEntity)
        .insert({ name: 'x', kind: StructureKind.AI })
        .then(
          () => null,
          (e: { driverError?: { code?: string } }) => e.driverError?.code,
        );
      return { first, a, b, twoConnections: main !== side, refused };
    });
    expect(seen).toEqual({ first: 1, a: 1, b: 1, twoConnections: true, refused: '25006' }); // read_only_sql_transaction
    expect(await count(t.db)).toBe(2);
  });

  it('on the embedded PGlite, reads through the data source, holding no transaction that would block other requests', async () => {
    if (onPostgres()) return;
    const seen = await withSharedSnapshot(t.db, async (main, side) => {
      // Another request's write goes through meanwhile (a transaction here would make it wait for the work's end).
      await buildStructure(t.db, { name: 'Pendant' });
      return { same: main === side && main === t.db.manager, n: await count(side) };
    });
    expect(seen).toEqual({ same: true, n: 2 });
  });

  it('with a pool of fewer than three connections, reads through the data source (two would starve the requests)', async () => {
    const small = await startTestApp({ DB_POOL_SIZE: '2' });
    try {
      const seen = await withSharedSnapshot(small.db, async (main, side) => main === side && main === small.db.manager);
      expect(seen).toBe(true);
    } finally {
      await small.close();
    }
  });

  it('ends its transactions when the work fails', async () => {
    await expect(
      withSharedSnapshot(t.db, async (main) => {
        await count(main);
        throw new Error('échec');
      }),
    ).rejects.toThrow('échec');
    expect(await count(t.db)).toBeGreaterThan(0);
  });
});

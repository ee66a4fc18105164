import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { StructureEntity } from '../../modules/structures/structure.entity';
import { UserEntity } from '../../modules/users/user.entity';

/** Per-request batch loaders: one SQL statement per relation per request, whatever the page size. */
export interface Loaders {
  userById: DataLoader<string, UserEntity | null>;
  structureById: DataLoader<string, StructureEntity | null>;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

@Injectable()
export class LoadersFactory {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  create(): Loaders {
    return {
      userById: new DataLoader(async (ids) =>
        byId(ids, await this.db.getRepository(UserEntity).findBy({ id: In([...ids]) })),
      ),
      structureById: new DataLoader(async (ids) =>
        byId(ids, await this.db.getRepository(StructureEntity).findBy({ id: In([...ids]) })),
      ),
    };
  }
}

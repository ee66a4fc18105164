/* Writes apps/api/schema.graphql from the running application's schema (npm run schema:generate).
 * Starts the real application on an in-memory embedded database, so what is written is what is served. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startEmbeddedPostgres } from '@tremplin/api-database';
import { loadConfig } from '../config/app-config';
import { createApp } from '../bootstrap';
import { printSchemaFile, SCHEMA_FILE } from '../core/graphql/print-schema';

async function main(): Promise<void> {
  const db = await startEmbeddedPostgres();
  try {
    const app = await createApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn' }), databaseUrl: db.url });
    await app.init();
    writeFileSync(SCHEMA_FILE, printSchemaFile(app.get(GraphQLSchemaHost).schema));
    await app.close();
    process.stdout.write(`${SCHEMA_FILE} écrit. Lancez npm run codegen pour le client web.\n`);
  } finally {
    await db.stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});

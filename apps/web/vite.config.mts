import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const api = process.env['API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@tremplin/domain': fromRoot('libs/shared/domain/src/index.ts'),
      '@tremplin/web-ui': fromRoot('libs/web/ui/src/index.ts'),
    },
  },
  build: {
    outDir: fromRoot('dist/apps/web'),
    emptyOutDir: true,
    // Maps are written (to read a production stack trace) but not referenced by the scripts, and the API does not
    // serve them in production (apps/api/src/bootstrap.ts). `npm run dev` (Vite's dev server) keeps its own maps.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // The shared domain library is pure (constants and functions): what a chunk does not use of it is left out
      // (without this, its modules with top-level code all went into the initial script through its index).
      treeshake: { moduleSideEffects: [{ test: /[\\/]libs[\\/]shared[\\/]domain[\\/]/, sideEffects: false }] },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: { '/graphql': api, '/health': api, '/api': api },
  },
});

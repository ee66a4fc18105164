import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const api = process.env['API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [
    react(),
    // An installable web app for the technical supervisor's screens, usable offline (ADR 0014). The service worker
    // (Workbox, generateSW) precaches the built app shell only: the week's data lives in IndexedDB
    // (features/offline), never in a cache of GraphQL answers. It is registered on demand (main.tsx), not injected.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'Tremplin',
        short_name: 'Tremplin',
        description: 'Suivi des parcours d’insertion — « Mon terrain » pour l’encadrant·e technique, même hors ligne.',
        lang: 'fr',
        dir: 'ltr',
        start_url: '/terrain',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#1864ab',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
        // The source maps written beside the scripts (sourcemap: 'hidden') are not part of the app.
        globIgnores: ['**/*.map'],
        navigateFallback: 'index.html',
        // Never the app's page instead of the API, its downloads or the sign-in flows.
        navigateFallbackDenylist: [/^\/graphql/, /^\/api\//, /^\/auth\//, /^\/health/, /\/[^/?]+\.[^/?]+$/],
        // No runtime caching: GraphQL answers are never kept by the service worker.
        runtimeCaching: [],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
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

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './testing/test-app';

/**
 * The built web app served by the API (WEB_DIST_DIR, `serveWebApp` in bootstrap.ts): its scripts, index.html for the
 * client-side routes, and its source maps only outside production (issue 16: the original sources are not published);
 * the service worker and manifest of the installable app (ADR 0014).
 */
describe('web app served by the API', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tremplin-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tremplin</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.info("tremplin");');
    writeFileSync(join(dir, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["App.tsx"],"mappings":""}');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dir, 'manifest.webmanifest'), '{"name":"Tremplin","lang":"fr"}');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (app: TestApp, path: string, accept = '*/*') => fetch(`${app.url}${path}`, { headers: { accept } });

  describe.each([
    ['production', 404],
    ['development', 200],
  ] as const)('NODE_ENV=%s', (nodeEnv, mapStatus) => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ NODE_ENV: nodeEnv, WEB_DIST_DIR: dir, COOKIE_SECURE: 'false' });
    });
    afterAll(() => app?.close());

    it('serves the scripts and index.html for a client-side route', async () => {
      const script = await get(app, '/assets/index-abc.js');
      expect(script.status).toBe(200);
      expect(await script.text()).toContain('tremplin');
      const route = await get(app, '/portail', 'text/html');
      expect(route.status).toBe(200);
      expect(await route.text()).toContain('<div id="root">');
    });

    it('serves the service worker and the manifest with their types, asked again each time; CSP allows the worker', async () => {
      const sw = await get(app, '/sw.js');
      expect(sw.status).toBe(200);
      expect(sw.headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
      expect(sw.headers.get('cache-control')).toBe('no-cache');
      expect(await sw.text()).toContain('addEventListener');
      const manifest = await get(app, '/manifest.webmanifest');
      expect(manifest.status).toBe(200);
      expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
      expect(manifest.headers.get('cache-control')).toBe('no-cache');
      expect(await manifest.json()).toEqual({ name: 'Tremplin', lang: 'fr' });
      // The other scripts keep their hour of cache (their names change with their content).
      expect((await get(app, '/assets/index-abc.js')).headers.get('cache-control')).toContain('max-age=3600');
      const csp = (await get(app, '/terrain', 'text/html')).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("worker-src 'self'");
      expect(csp).toContain("manifest-src 'self'");
    });

    it(`answers ${mapStatus} for a source map, even asked as a page`, async () => {
      for (const accept of ['*/*', 'text/html']) {
        const map = await get(app, '/assets/index-abc.js.map', accept);
        expect(map.status).toBe(mapStatus);
        const body = await map.text();
        if (mapStatus === 404) expect(body).not.toContain('App.tsx');
        else expect(body).toContain('App.tsx');
      }
    });
  });
});

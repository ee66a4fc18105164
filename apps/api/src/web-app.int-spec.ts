import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './testing/test-app';

/**
 * The built web app served by the API (WEB_DIST_DIR, `serveWebApp` in bootstrap.ts): its scripts, index.html for the
 * client-side routes, and its source maps only outside production (issue 16: the original sources are not published).
 */
describe('web app served by the API', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tremplin-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tremplin</title><div id="root"></div>');
    writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.info("tremplin");');
    writeFileSync(join(dir, 'assets', 'index-abc.js.map'), '{"version":3,"sources":["App.tsx"],"mappings":""}');
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

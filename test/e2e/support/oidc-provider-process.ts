import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './api-process';

/** One identity the local provider knows: `login` is what the test types on its sign-in form. */
export interface TestIdentity {
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  siret?: string;
  idp_id?: string;
}

export interface OidcProviderProcess {
  issuer: string;
  output(): string;
  stop(): Promise<void>;
  child: ChildProcess;
}

/**
 * Starts the local OpenID provider (support/oidc-provider.mjs, `oidc-provider` 9, ESM) as a child `node` process —
 * ProConnect's stand-in, on 127.0.0.1 only — and waits until it listens.
 */
export async function startOidcProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  accounts: Record<string, TestIdentity>;
}): Promise<OidcProviderProcess> {
  const port = await freePort();
  let out = '';
  const child = spawn(
    process.execPath,
    [resolve(__dirname, 'oidc-provider.mjs'), JSON.stringify({ port, ...options })],
    {
      env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 20_000;
  while (!out.includes('ready ')) {
    if (child.exitCode !== null) throw new Error(`Le fournisseur OpenID de test s’est arrêté :\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Le fournisseur OpenID de test n’a pas démarré en 20 s :\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    issuer: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

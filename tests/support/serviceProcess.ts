import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface Service {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `src/main.ts` as its own process, exactly as `npm start` runs it, but transpiled on the fly instead of built. */
export function startService(env: NodeJS.ProcessEnv): Service {
  const child = spawn(process.execPath, ['-r', './tests/support/registerTs.js', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts the service and resolves with its origin (http://127.0.0.1:port) once it is ready. */
export async function startReadyService(env: NodeJS.ProcessEnv): Promise<{ service: Service; origin: string }> {
  const service = startService(env);
  const origin = await waitFor('the listening line', () => /Listening on (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(service.output())?.[1]);
  await waitFor('readiness', async () => ((await fetch(`${origin}/readyz`)).status === 200 ? true : undefined));
  return { service, origin };
}

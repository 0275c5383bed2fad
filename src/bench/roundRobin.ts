import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../repoRoot';

/* Replicas as service processes behind a round-robin proxy on loopback, for `npm run bench:replicas`. */

export interface ReplicaProcess {
  port: number;
  child: ChildProcess;
}

/** `src/main.ts` (run from the sources) or `dist/src/main.js` as its own process on DATABASE_URL; resolves once ready. */
export async function startReplicaProcess(databaseUrl: string): Promise<ReplicaProcess> {
  const fromSources = __filename.endsWith('.ts');
  const args = fromSources ? ['-r', join(repoRoot(), 'tests/support/registerTs.js'), join(repoRoot(), 'src/main.ts')] : [join(repoRoot(), 'dist/src/main.js')];
  const child = spawn(process.execPath, args, { cwd: repoRoot(), env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', EXTRACT_WORKERS: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const listening = /Listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (listening && /GraphQL API ready/.test(output)) resolve(Number(listening[1]));
    });
    child.once('exit', (code) => reject(new Error(`a replica exited with ${code}: ${output}`)));
  });
  return { port, child };
}

/** A proxy that sends each request to the next of `ports` in turn, over kept-alive connections. */
export function roundRobinProxy(ports: number[]): Promise<{ port: number; server: Server }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length];
    const upstream = request({ host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, server })));
}

const AUTOCANNON = join(repoRoot(), 'node_modules', 'autocannon', 'autocannon.js');

/** Requests per second and latency of `query` POSTed to `url` by autocannon in its own process. */
export async function loadOf(url: string, query: string, duration: number, connections: number): Promise<{ rps: number; p50: number; p99: number }> {
  const { stdout } = await promisify(execFile)(process.execPath, [AUTOCANNON, '-j', '-c', String(connections), '-d', String(duration), '-m', 'POST', '-H', 'content-type=application/json', '-b', JSON.stringify({ query }), url], { maxBuffer: 1 << 24 });
  const result = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

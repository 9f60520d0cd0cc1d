// Serves the production build with `astro preview` for the browser tests and the redraw
// benchmark: builds dist/ first if it is missing, refuses a port something else answers on, and
// stops the server when asked.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

export interface Preview {
  /** Where the server answers, e.g. http://127.0.0.1:4399 (no trailing slash). */
  baseURL: string;
  stop(): Promise<void>;
}

export async function startPreview(root: string, port: number): Promise<Preview> {
  const astro = join(root, 'node_modules', '.bin', 'astro');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const baseURL = `http://${HOST}:${port}`;

  if (!existsSync(join(root, 'dist', 'index.html'))) {
    console.log('[preview] dist/ is missing: running astro build');
    // The project's Node (this process), not whatever `node` is first on PATH.
    const build = spawnSync(process.execPath, [astro, 'build'], { cwd: root, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`astro build failed with status ${build.status}`);
  }

  if (await answers(`${baseURL}/`)) {
    throw new Error(`something already answers on ${baseURL}; stop it so this runs against this build`);
  }

  // --ignore-lock: run alongside a developer's own preview server instead of refusing to start
  // (and never background itself, which astro otherwise does when it detects an agent).
  const child = spawn(process.execPath, [astro, 'preview', '--port', String(port), '--host', HOST, '--ignore-lock'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (!running) return;
    child.kill('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000).unref());
    if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await answers(`${baseURL}/`))) {
    if (!running) throw new Error(`astro preview exited before answering:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview did not answer on ${baseURL}/ within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseURL, stop };
}

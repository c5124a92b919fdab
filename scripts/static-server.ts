/**
 * Starts scripts/serve.ts in a child process for the benches and waits until it
 * answers, so each bench does not carry its own copy of the start-and-poll loop.
 */
import { spawn } from 'node:child_process';

export async function startStaticServer(options: { port: number; dir?: string; env?: NodeJS.ProcessEnv }) {
  const args = ['scripts/serve.ts', '--port', String(options.port), ...(options.dir ? ['--dir', options.dir] : [])];
  const child = spawn(process.execPath, args, { env: options.env ?? process.env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${options.port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop: () => child.kill() };
}

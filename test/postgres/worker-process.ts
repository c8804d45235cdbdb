/** `eventwire worker` as a child process, and the waits the distributed-ingest tests share. */
import { spawn, type ChildProcess } from 'node:child_process';

export function startWorker(url: string, n: number, extra: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--db', url, '--concurrency', '1',
    '--poll-seconds', '0.5', '--merge-every-ms', '300', '--maintenance-seconds', '2', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (b: Buffer) => { if (process.env.EW_TEST_VERBOSE) process.stderr.write(`[w${n}] ${b.toString()}`); });
  return child;
}

export const exited = (c: ChildProcess) => new Promise<number | null>((resolve) => { if (c.exitCode !== null || c.signalCode) resolve(c.exitCode); else c.once('exit', (code) => resolve(code)); });

export async function until(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    let ok = false;
    try { ok = await check(); } catch { /* the database may be restarting: ask again */ }
    if (ok) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

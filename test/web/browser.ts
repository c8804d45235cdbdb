/**
 * Browser tests' plumbing: the dashboard built from src/web into a temporary folder, the app served
 * on 127.0.0.1, and Debian's Chromium driven by playwright-core with the flags this machine needs
 * (../shared/docs/dependencies.md §8). Without /usr/bin/chromium the browser tests are skipped.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import type { Hono } from 'hono';
import { projectFile } from '../../src/core/paths.js';

export const CHROMIUM = process.env.EVENTWIRE_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

/** `vite build` of src/web into a fresh temporary folder; returns the folder. */
export async function buildDashboard(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'eventwire-web-'));
  const { build } = await import('vite');
  await build({ configFile: projectFile('vite.config.ts'), logLevel: 'error', build: { outDir: out, emptyOutDir: true, sourcemap: false } });
  return out;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function listen(app: Hono): Promise<{ url: string; close: () => Promise<void> }> {
  let server: ServerType | null = null;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      server!.close(() => resolve());
    }),
  };
}

/** Playwright gives each launch a new empty profile of its own (the fresh --user-data-dir the flags ask for). */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

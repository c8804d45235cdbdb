/**
 * The built dashboard served from memory: every file under the root read once at start, gzipped
 * once, with an ETag. A request path is decoded, normalised and looked up in that table, so
 * `/../package.json`, `/%2e%2e/…` or `/assets\..\x` can only miss: nothing outside the root is reachable.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { bodyOf, type Body } from './respond.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export class StaticFiles {
  readonly #files = new Map<string, Body>();

  constructor(root: string) {
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        const st = statSync(full);
        if (st.isDirectory()) walk(full);
        else if (st.isFile() && st.size < 20 * 1024 * 1024) {
          const rel = `/${relative(root, full).split(sep).join('/')}`;
          this.#files.set(rel, bodyOf(readFileSync(full), TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream'));
        }
      }
    };
    walk(root);
  }

  get size(): number {
    return this.#files.size;
  }

  /** The file for a URL path; `/` and extension-less paths (client routes) get index.html. */
  lookup(urlPath: string): Body | null {
    let path: string;
    try {
      path = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (path.includes('\0') || path.includes('\\') || path.split('/').some((s) => s === '..' || s === '.')) return null;
    const hit = this.#files.get(path);
    if (hit) return hit;
    if (path === '/' || !extname(path)) return this.#files.get('/index.html') ?? null;
    return null;
  }
}

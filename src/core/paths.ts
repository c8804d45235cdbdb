/** Files shipped in the repo, found from the code whether it runs from src/ (tsx) or dist/src/ (built). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('eventwire: cannot find the project root (no package.json above the code)');
    dir = up;
  }
  root = dir;
  return root;
}

export function projectFile(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}

// docs/security.md: static serving cannot reach outside the dashboard's root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StaticFiles } from '../../src/api/static-files.js';

test('static files: traversal in every spelling misses, files inside the root are served', () => {
  const base = mkdtempSync(join(tmpdir(), 'eventwire-static-'));
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  const root = join(base, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  const files = new StaticFiles(root);
  assert.ok(files.lookup('/assets/app.js'));
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt', '/assets\\..\\..\\secret.txt', '/secret.txt%00.js', '/%E0%A4%A', '/%252e%252e/secret.txt', '/%252e%252e%252fsecret.txt', '//secret.txt', '//../secret.txt', '/assets/%2e%2e%5c%2e%2e%5csecret.txt', '/%']) {
    const hit = files.lookup(path);
    assert.ok(hit === null || hit === files.lookup('/index.html'), `${path} must not reach outside the root`);
  }
});

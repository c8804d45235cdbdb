// Every registered pack: the same files, the same exported shape, and its example sentences read right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packFor, supportedLanguages } from '../../src/lang/registry.js';
import { compilePack } from '../../src/extract/compiled.js';
import { extract } from '../helpers.js';

const LANG_DIR = join('src', 'lang');
const codes = supportedLanguages();

/** Files of a pack folder, relative to it. */
function filesOf(code: string): string[] {
  const walk = (dir: string, prefix = ''): string[] => readdirSync(join(LANG_DIR, dir), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]));
  return walk(code).sort();
}

/** The shape of a value: object keys (recursively), arrays and scalar types, not the words themselves. */
function shapeOf(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return 'array';
  if (value && typeof value === 'object') {
    if (depth >= 1) return 'object';
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shapeOf((value as Record<string, unknown>)[k], depth + 1)]));
  }
  return typeof value;
}

test('packs: at least French, English and Spanish are registered', () => {
  for (const code of ['fr', 'en', 'es']) assert.ok(codes.includes(code), `${code} not registered (${codes.join(', ')})`);
});

test('packs: every pack folder has the same file names', () => {
  const reference = filesOf(codes[0]!);
  for (const code of codes.slice(1)) assert.deepEqual(filesOf(code), reference, `${code} differs from ${codes[0]}`);
});

test('packs: every pack exports the same shape', () => {
  const reference = shapeOf(packFor(codes[0]!));
  for (const code of codes) {
    const pack = packFor(code);
    assert.equal(pack.code, code);
    assert.deepEqual(shapeOf(pack), reference, `${code} has another shape`);
    for (const key of ['grammar', 'numbers', 'quantities', 'counts', 'attribution', 'time', 'entities', 'events'] as const) {
      assert.deepEqual(Object.keys(pack[key]).sort(), Object.keys(packFor(codes[0]!)[key]).sort(), `${code}.${key} has other fields`);
    }
  }
});

test('packs: every pack says what it cannot do and gives examples', () => {
  for (const code of codes) {
    const pack = packFor(code);
    assert.ok(pack.gaps.length > 0, `${code} lists no gaps`);
    assert.ok(pack.examples.length >= 3, `${code} has fewer than 3 examples`);
    assert.ok(pack.commonWords.length > 50, `${code} lists few common words`);
  }
});

test('packs: every lexicon compiles to patterns', () => {
  for (const code of codes) assert.doesNotThrow(() => compilePack(packFor(code)), code);
});

test('packs: shared logic lives once (a pack imports only the pack types and its own files)', () => {
  for (const code of codes) {
    for (const file of filesOf(code)) {
      const source = readFileSync(join(LANG_DIR, code, file), 'utf8');
      for (const m of source.matchAll(/from\s+'([^']+)'/g)) {
        const target = m[1]!;
        // Its own files ("./lexicon/…", "./demonyms.js") or the pack types ("../pack.js"): never the engines.
        const ok = /^\.\/[\w/.-]+\.js$/.test(target) || /^(?:\.\.\/){1,2}pack\.js$/.test(target);
        assert.ok(ok, `${code}/${file} imports ${target}`);
      }
      assert.ok(!/\bfunction\s|=>\s*\{[^}]*(Date|Math)\./.test(source.replace(/const (gap|capitalised)[^;]+;/gs, '')), `${code}/${file} holds logic`);
    }
  }
});

for (const code of codes) {
  for (const ex of packFor(code).examples) {
    test(`${code} example: ${ex.text}`, () => {
      const x = extract(ex.text, ex.date, code);
      for (const e of ex.expect.counts ?? []) {
        const c = x.counts.find((k) => k.kind === e.kind && k.min === e.min && k.max === e.max);
        assert.ok(c, `no ${e.kind} ${e.min}–${e.max} in ${JSON.stringify(x.counts.map((k) => [k.kind, k.min, k.max, k.evidence.text]))}`);
        if (e.text) assert.equal(c.evidence.text, e.text);
      }
      for (const e of ex.expect.times ?? []) {
        const t = x.times.find((k) => k.evidence?.text === e.text);
        assert.ok(t, `no time "${e.text}" in ${JSON.stringify(x.times.map((k) => k.evidence?.text))}`);
        assert.equal(t.start, e.start);
        assert.equal(t.precision, e.precision);
      }
      const names = (a: (typeof x.attributions)[number]) => [a.speaker.text, x.entities.find((e) => e.id === a.speaker.entityId)?.name];
      if (ex.expect.speaker) assert.ok(x.attributions.some((a) => names(a).includes(ex.expect.speaker)),
        `no speaker "${ex.expect.speaker}" in ${JSON.stringify(x.attributions.map((a) => a.speaker.text))}`);
      if (ex.expect.eventType) assert.ok(x.events.some((e) => e.type === ex.expect.eventType),
        `no ${ex.expect.eventType} event in ${JSON.stringify(x.events.map((e) => e.type))}`);
      for (const s of [...x.counts.map((c) => c.evidence), ...x.times.flatMap((t) => (t.evidence ? [t.evidence] : []))]) {
        assert.equal(ex.text.slice(s.start, s.end), s.text);
      }
    });
  }
}

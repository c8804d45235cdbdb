import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractionJsonSchema } from '../../src/core/json-schema.js';
import { projectFile } from '../../src/core/paths.js';
import { ExtractionSchema } from '../../src/core/schema.js';
import { extract } from '../helpers.js';

test('the committed JSON Schema is the one the zod schemas generate (npm run schema)', () => {
  assert.equal(readFileSync(projectFile('schema', 'extraction.schema.json'), 'utf8'), extractionJsonSchema());
});

test('an extraction satisfies the output contract', () => {
  const x = extract('Au moins huit policiers ont été tués jeudi à Almaty, a déclaré le porte-parole Jean Dupont, cité par l\'AFP.', '2022-01-06');
  assert.doesNotThrow(() => ExtractionSchema.parse(x));
});

// Writes schema/extraction.schema.json from the zod schemas in src/core/schema.ts.
import { writeFileSync } from 'node:fs';
import { extractionJsonSchema } from '../src/core/json-schema.js';
import { projectFile } from '../src/core/paths.js';

const file = projectFile('schema', 'extraction.schema.json');
writeFileSync(file, extractionJsonSchema());
console.log(`wrote ${file}`);

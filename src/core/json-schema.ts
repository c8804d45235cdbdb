/** The JSON Schema of the output contract, generated from the zod schemas (never written by hand). */
import { z } from 'zod';
import { ExtractionSchema } from './schema.js';

export function extractionJsonSchema(): string {
  const schema = z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'https://eventwire.dev/schema/extraction.schema.json', title: 'eventwire extraction', ...schema }, null, 2)}\n`;
}

#!/usr/bin/env node
/**
 * eventwire extract FILE… [--format json|jsonl|table] [--date D] [--lang L]
 * Exit codes: 0 all inputs read, 1 some inputs failed (the others were still extracted), 2 usage.
 */
import { parseArgs } from 'node:util';
import { parseDocumentDate } from '../common/calendar.js';
import { EventwireError, ERROR_CODES } from '../core/errors.js';
import { extractArticle } from '../core/pipeline.js';
import type { Extraction } from '../core/schema.js';
import { loadGeocoder } from '../extract/geocoder.js';
import { DEFAULT_MAX_BYTES, readInputs } from '../input/read.js';
import { hasPack, supportedLanguages } from '../lang/registry.js';
import { loadLanguageDetector } from '../text/lang-id.js';
import { formatTable } from './format-table.js';
import { evalCommand } from './eval-command.js';
import { enqueueCommand } from './enqueue-command.js';
import { statusCommand } from './status-command.js';
import { workerCommand } from './worker-command.js';
import { ingestCommand } from './ingest-command.js';
import { queryCommand } from './query-command.js';
import { exportCommand } from './export-command.js';
import { serveCommand } from './serve-command.js';

const USAGE = `usage: eventwire extract FILE|FOLDER|- … [--format json|jsonl|table] [--date YYYY[-MM[-DD]]] [--lang ${supportedLanguages().join('|')}]
                         [--no-geo] [--with-text] [--max-bytes N]`;

function usage(message: string): never {
  process.stderr.write(`eventwire: ${message}\n${USAGE}\n`);
  process.exit(2);
}

async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      date: { type: 'string' },
      lang: { type: 'string' },
      'no-geo': { type: 'boolean', default: false },
      'with-text': { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
    },
  });
  const format = values.format!;
  if (!['json', 'jsonl', 'table'].includes(format)) usage(`--format: expected json, jsonl or table, found "${format}"`);
  if (positionals.length === 0) usage('extract needs at least one file, folder or - for standard input');
  const date = values.date ? parseDocumentDate(values.date) : null;
  if (values.date && !date) usage(`--date: expected YYYY, YYYY-MM or YYYY-MM-DD, found "${values.date}"`);
  if (values.lang && !hasPack(values.lang)) usage(`--lang: "${values.lang}" is not supported (supported: ${supportedLanguages().join(', ')})`);
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) usage(`--max-bytes: expected a positive number, found "${values['max-bytes']}"`);

  const read = readInputs(positionals, { date, lang: values.lang ?? null, maxBytes });
  for (const w of read.warnings) process.stderr.write(`eventwire: warning: ${w.where}: ${w.message}\n`);
  const needsDetection = !values.lang && read.articles.some((a) => !a.lang);
  const detect = needsDetection ? await loadLanguageDetector() : null;
  const geo = values['no-geo'] ? null : loadGeocoder((message) => process.stderr.write(`eventwire: warning: ${message}\n`));

  const results: Extraction[] = [];
  let failed = read.failures.length;
  for (const f of read.failures) process.stderr.write(`eventwire: ${f.message} [${f.code}]\n`);
  for (const article of read.articles) {
    try {
      const x = extractArticle(article, { lang: values.lang ?? null, detect, geo, withText: values['with-text'] });
      if (format === 'jsonl') process.stdout.write(`${JSON.stringify(x)}\n`);
      else if (format === 'table') process.stdout.write(`${formatTable(x)}\n\n`);
      else results.push(x);
    } catch (err) {
      failed++;
      const e = err instanceof EventwireError ? err : new EventwireError(ERROR_CODES.INPUT_UNREADABLE, (err as Error).message, article.file ?? article.id);
      process.stderr.write(`eventwire: ${e.where && !e.message.startsWith(e.where) ? `${e.where}: ` : ''}${e.message} [${e.code}]\n`);
    }
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'extract') process.exitCode = await extractCommand(rest);
  else if (command === 'eval') process.exitCode = await evalCommand(rest);
  else if (command === 'enqueue') process.exitCode = await enqueueCommand(rest);
  else if (command === 'worker') process.exitCode = await workerCommand(rest);
  else if (command === 'status') process.exitCode = await statusCommand(rest);
  else if (command === 'ingest') process.exitCode = await ingestCommand(rest);
  else if (command === 'query') process.exitCode = await queryCommand(rest);
  else if (command === 'export') process.exitCode = await exportCommand(rest);
  else if (command === 'serve') process.exitCode = await serveCommand(rest);
  else if (command === '--help' || command === '-h' || command === 'help' || command === undefined) process.stdout.write(`${USAGE}\n`);
  else usage(`unknown command "${command}"`);
}

main().catch((err) => {
  process.stderr.write(`eventwire: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof EventwireError ? 1 : 70);
});

/**
 * Errors that say the database cannot take writes right now — disk full, server restarting, connection
 * lost — as opposed to errors about the data. Ingest stops on them without recording anything as
 * failed (a re-run resumes); workers wait and retry the same write, so no job is burnt on them.
 */
const SQLITE_CODES = /^SQLITE_(FULL|IOERR|BUSY|LOCKED|READONLY|CANTOPEN|NOMEM)/;
// PostgreSQL SQLSTATE classes: 08 connection exception, 53 insufficient resources (53100 disk full),
// 57P01–57P03 admin/crash shutdown and "cannot connect now" while the server starts.
const PG_STATES = /^(08|53|57P0[123])/;
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'ENOSPC', 'EIO']);
const MESSAGES = /Connection terminated|connection (?:is )?closed|Client has encountered a connection error|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|Cannot use a pool after calling end/i;

export function isStoreUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (SQLITE_CODES.test(code) || PG_STATES.test(code) || NODE_CODES.has(code)) return true;
    if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  }
  return false;
}

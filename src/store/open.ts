/** Opens the store a `--db` option names: a SQLite file path (the default, `./eventwire.db`). */
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './eventwire.db';

export function openStore(location: string = DEFAULT_DB): Store {
  if (/^postgres(ql)?:\/\//.test(location)) return new PostgresStore(location);
  return new SqliteStore(location);
}

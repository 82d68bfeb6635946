import type pg from 'pg';

// Counts the SQL statements this process sends, for the benchmarks (`npm run bench:national`
// reads it over HTTP when NADZOR_BENCH=1). One integer increment per statement: always on, so
// the benchmark measures the same code that runs in production.
const counter = globalThis as unknown as { nadzorQueries?: number };

export function queryCount(): number {
  return counter.nadzorQueries ?? 0;
}

/** Wraps every client the pool opens so each statement it sends is counted. */
export function countQueries(pool: pg.Pool) {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      counter.nadzorQueries = (counter.nadzorQueries ?? 0) + 1;
      return query(...args);
    };
  });
}

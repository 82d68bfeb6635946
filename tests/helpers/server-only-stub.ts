// What `server-only` resolves to under Vitest (vitest.config.ts): the marker guards Next's bundles,
// and the tests import server modules directly.
export {};

// Stands in for the "server-only" package under Vitest (see vitest.config.ts): the real one throws
// when imported outside Next's server bundle, and tests import server modules directly.
export {};

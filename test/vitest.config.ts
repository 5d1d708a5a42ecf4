import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: pure unit tests run in parallel; `*.int.test.ts` need the real Neo4j (started once by the
// global setup) and run one file at a time because they share the one database. The benchmarks in test/bench/
// run with `npm run bench`; only their tests run here (the generator's, and a quick smoke run of them all).
export default defineConfig({
  root,
  // Pothos and Yoga load graphql's CommonJS build; make every import use that one copy, or `instanceof
  // GraphQLError` fails across the two and user errors get masked as internal ones.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/**/*.int.test.ts'],
          exclude: ['node_modules/**'],
          globalSetup: ['test/setup/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});

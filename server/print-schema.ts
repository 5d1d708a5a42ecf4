// Prints the SDL that is committed as schema.graphql: `npx tsx server/print-schema.ts > schema.graphql`
// (or `--write` to update the file in place). test/api/schema.test.ts fails when the two differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql/index.js';
import { schema } from './schema/index.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    writeFileSync(SCHEMA_FILE, printSdl());
    process.stderr.write(`wrote ${SCHEMA_FILE}\n`);
  } else {
    process.stdout.write(printSdl());
  }
}

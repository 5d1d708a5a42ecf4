// Prints the SDL that is committed as schema.graphql: `npx tsx server/print-schema.ts > schema.graphql`
// (or `--write` to update the file in place). test/api/schema.test.ts fails when the two differ.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql/index.js';
import { exitCodeOfUsageError, parseCommandLine } from '../seed/cli/command-line.ts';
import { schema } from './schema/index.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

export function printSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { values } = parseCommandLine(process.argv.slice(2), { options: { write: { type: 'boolean' } } }, 'usage: tsx server/print-schema.ts [--write]');
    if (values.write) {
      writeFileSync(SCHEMA_FILE, printSdl());
      process.stderr.write(`wrote ${SCHEMA_FILE}\n`);
    } else {
      process.stdout.write(printSdl());
    }
  } catch (error) {
    const code = exitCodeOfUsageError(error);
    if (code === undefined) throw error;
    process.exitCode = code;
  }
}

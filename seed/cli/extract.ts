// `npm run --silent extract -- <file> [--id regulation:<slug>] [--report]`: prints the extracted graph as JSON on
// stdout (the dataset format of seed/extracted-graph.schema.json), or with --report a review of how each bearer
// was found: the counts by rule, every subject the rules could not place, and notes that matched nothing.
// Errors go to stderr with the file and line.
import { describeExtraction } from '../extraction-report.ts';
import { readSourceGraph, reportSeedError } from './source-graph.ts';

const USAGE = 'usage: npm run --silent extract -- <regulation.txt> [--id regulation:<slug>] [--report]';

try {
  const { graph, unusedNotes, flags } = readSourceGraph(process.argv.slice(2), { requireFile: true, usage: USAGE, flags: ['report'] });
  process.stdout.write(flags['report'] ? describeExtraction(graph, unusedNotes) : `${JSON.stringify(graph, null, 2)}\n`);
} catch (error) {
  process.exitCode = reportSeedError(error);
}

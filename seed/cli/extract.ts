// `npm run --silent extract -- <file> [--id regulation:<slug>]`: prints the extracted graph as JSON on stdout
// (the dataset format of seed/extracted-graph.schema.json). Errors go to stderr with the file and line.
import { readSourceGraph, reportSeedError } from './source-graph.ts';

try {
  const { graph } = readSourceGraph(process.argv.slice(2), { requireFile: true });
  process.stdout.write(`${JSON.stringify(graph, null, 2)}\n`);
} catch (error) {
  process.exitCode = reportSeedError(error);
}

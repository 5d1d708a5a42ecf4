// `npm run --silent extract -- <file> [--id regulation:<slug>] [--report | --akn]`: reads the document (.txt,
// .md, .docx, .pdf with a text layer, .html) and prints the extracted graph as JSON on stdout (the dataset format
// of seed/extracted-graph.schema.json), with --report a review of how each bearer was found: the counts by rule,
// every subject the rules could not place, and notes that matched nothing, or with --akn the text's structure
// as Akoma Ntoso 3.0 XML. Errors go to stderr with the file and line.
import { toAkomaNtoso } from '../export/akoma-ntoso.ts';
import { describeExtraction } from '../extraction-report.ts';
import { UsageError } from './command-line.ts';
import { readSourceGraph, reportSeedError } from './source-graph.ts';

const USAGE = 'usage: npm run --silent extract -- <regulation.txt> [--id regulation:<slug>] [--report | --akn]';

try {
  const { graph, unusedNotes, flags } = await readSourceGraph(process.argv.slice(2), { requireFile: true, usage: USAGE, flags: ['report', 'akn'] });
  // Checked after reading: readSourceGraph parses the arguments; a usage error still prints nothing on stdout.
  if (flags['report'] && flags['akn']) throw new UsageError(`--report and --akn print different things; give one\n${USAGE}`);
  if (flags['akn']) process.stdout.write(`${toAkomaNtoso(graph)}\n`);
  else process.stdout.write(flags['report'] ? describeExtraction(graph, unusedNotes) : `${JSON.stringify(graph, null, 2)}\n`);
} catch (error) {
  process.exitCode = reportSeedError(error);
}

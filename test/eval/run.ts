// `npm run eval [-- <stem…>] [--details] [--check]`: scores the extraction against the hand annotations in
// test/annotations/ (clause level: same clause, modality and bearer) and prints, per text, precision and
// recall, the same for clause and modality alone, and the bearers found by each rule. --details lists the
// missed and spurious facts; --check exits 1 when a text is below the targets. Texts not on this machine
// are reported and skipped.
import { readFileSync } from 'node:fs';
import { exitCodeOfUsageError, parseCommandLine } from '../../seed/cli/command-line.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { decodeSource } from '../../seed/read-source.ts';
import { readNotesBeside } from '../../seed/read-notes.ts';
import { scoreExtraction, type Fact, type Score } from './score.ts';
import { listAnnotatedTexts } from './texts.ts';

export const TARGET_PRECISION = 0.95;
export const TARGET_RECALL = 0.95;

const USAGE = 'usage: npm run eval [-- <text-stem>...] [--details] [--check]';
const { values, positionals } = (() => {
  try {
    return parseCommandLine(
      process.argv.slice(2),
      { options: { details: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } }, allowPositionals: true },
      USAGE,
    );
  } catch (error) {
    process.exit(exitCodeOfUsageError(error) ?? 1);
  }
})();

const pct = (x: number): string => x.toFixed(3);
const texts = listAnnotatedTexts().filter((text) => positionals.length === 0 || positionals.includes(text.stem));
if (texts.length === 0) {
  process.stderr.write(`eval: no annotated text matches ${positionals.join(', ')}\n`);
  process.exit(2);
}

const rows: string[] = ['text\tgold\tpredicted\tprecision\trecall\tclause P\tclause R'];
const methods = new Map<string, { predicted: number; correct: number }>();
const details: string[] = [];
let belowTarget = false;
for (const text of texts) {
  if (text.source === null) {
    process.stderr.write(`eval: ${text.stem}: text not found (set REGATLAS_CORPUS_DIR), skipped\n`);
    continue;
  }
  const graph = buildGraph(decodeSource(readFileSync(text.source)), { notes: readNotesBeside(text.source) });
  const score: Score = scoreExtraction(text.annotations, graph);
  if (score.precision < TARGET_PRECISION || score.recall < TARGET_RECALL) belowTarget = true;
  rows.push(
    [text.stem, score.gold, score.predicted, pct(score.precision), pct(score.recall), pct(score.clauses.precision), pct(score.clauses.recall)].join('\t'),
  );
  for (const [method, counts] of Object.entries(score.byMethod)) {
    const total = methods.get(method) ?? { predicted: 0, correct: 0 };
    total.predicted += counts.predicted;
    total.correct += counts.correct;
    methods.set(method, total);
  }
  if (values.details) {
    const names = new Map(graph.actors.map((actor) => [actor.id, actor.name]));
    const show = (fact: Fact): string => `  ${fact.clause}\t${fact.modality}\t${names.get(fact.bearer) ?? fact.bearer}`;
    details.push(`## ${text.stem}`, 'missed:', ...score.missed.map(show), 'spurious:', ...score.spurious.map(show), '');
  }
}

const out: string[] = [...rows, '', 'bearer found by\tfacts\tcorrect'];
for (const [method, counts] of [...methods].sort((a, b) => b[1].predicted - a[1].predicted)) {
  out.push(`${method}\t${counts.predicted}\t${counts.correct} (${pct(counts.correct / counts.predicted)})`);
}
out.push('', `targets: precision ≥ ${TARGET_PRECISION}, recall ≥ ${TARGET_RECALL} on every text${belowTarget ? ' — NOT MET' : ' — met'}`);
process.stdout.write(`${[...(values.details ? details : []), ...out].join('\n')}\n`);
if (values.check && belowTarget) process.exitCode = 1;

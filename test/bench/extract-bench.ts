// The pure stages (parse + extract) on real texts, in-process after warm-up: the shipped regulation (target
// < 50 ms) and the 97-article Shanghai business-environment regulation of ../shared/corpus (target < 150 ms).
// Every timed run must give the same graph as the first, so that a faster but different answer cannot pass.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashGraph } from '../../seed/graph-rows.ts';
import { buildGraph } from '../../seed/pipeline.ts';
import { readNotesBeside } from '../../seed/read-notes.ts';
import { SEED_REGULATION_ID, SEED_SOURCE_PATH } from '../../seed/seed-source.ts';
import { CORPUS_DIR } from '../eval/texts.ts';
import { check, markdownTable, type BenchReport, type TargetCheck } from './report.ts';
import { fmt, summarize, type Summary } from './stats.ts';
import { startReport } from './timed-report.ts';

interface TextResult {
  text: string;
  articles: number;
  obligations: number;
  actors: number;
  targetMs: number;
  warmMs: Summary;
}

export interface ExtractBenchData {
  texts: TextResult[];
}

const WARMUP = 5;
const RUNS = 30;

export function runExtractBench(options: { quick: boolean; log: (line: string) => void }): BenchReport<ExtractBenchData> {
  const clock = startReport('extract', options.quick);
  const inputs: Array<{ name: string; path: string; id?: string; targetMs: number }> = [
    { name: 'xinjiang-ftz-regulations-2025 (shipped)', path: SEED_SOURCE_PATH, id: SEED_REGULATION_ID, targetMs: 50 },
  ];
  const shanghai = join(CORPUS_DIR, 'shanghai-business-environment-2024.txt');
  if (existsSync(shanghai)) inputs.push({ name: 'shanghai-business-environment-2024 (97 articles)', path: shanghai, targetMs: 150 });
  else options.log(`extract: ${shanghai} not found; only the shipped regulation is measured`);

  const texts: TextResult[] = [];
  for (const input of inputs) {
    const text = readFileSync(input.path, 'utf8');
    const notes = readNotesBeside(input.path);
    const build = () => buildGraph(text, { ...(input.id !== undefined && { id: input.id }), notes });
    const reference = build();
    const expected = hashGraph(reference);
    for (let i = 0; i < WARMUP; i++) build();
    const times: number[] = [];
    for (let i = 0; i < (options.quick ? 3 : RUNS); i++) {
      const t0 = performance.now();
      const graph = build();
      times.push(performance.now() - t0);
      if (hashGraph(graph) !== expected) throw new Error(`extract: ${input.name} gave a different graph on run ${i + 1}`);
    }
    const warmMs = summarize(times);
    options.log(`extract: ${input.name}: ${fmt(warmMs.median)} ms median of ${warmMs.n}`);
    texts.push({ text: input.name, articles: reference.articles.length, obligations: reference.obligations.length, actors: reference.actors.length, targetMs: input.targetMs, warmMs });
  }
  const targets: TargetCheck[] = texts.map((t) =>
    check(`parse + extract of ${t.text} < ${t.targetMs} ms`, `${fmt(t.warmMs.median)} ms warm (median of ${t.warmMs.n}, p90 ${fmt(t.warmMs.p90)} ms)`, t.warmMs.median, t.targetMs, {
      unit: 'ms',
      why: 'every clause is read by the name grammar and the clause rules; jieba tags only unknown name parts (cached).',
    }),
  );
  const markdown = [
    'Pure stages, in-process, warm:',
    '',
    markdownTable(
      ['text', 'articles', 'obligations', 'actors', 'median', 'p90', 'runs'],
      texts.map((t) => [t.text, String(t.articles), String(t.obligations), String(t.actors), `${fmt(t.warmMs.median)} ms`, `${fmt(t.warmMs.p90)} ms`, String(t.warmMs.n)]),
    ),
  ].join('\n');
  return clock.finish('Parse + extract', {
    targets,
    markdown,
    notes: [`${WARMUP} untimed runs first; each timed run's graph is compared (by content hash) with the first one's.`],
    data: { texts },
  });
}

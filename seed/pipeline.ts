// The pure stages chained: text → structure → extracted graph. The generic vocabulary is reviewed data
// shipped with the code, so it is part of the pipeline; a regulation's notes are passed in by the caller.
import { extractWithNotes, type Extraction } from './extract-graph.ts';
import type { RegulationNotes } from './notes.ts';
import { parseRegulation, type ParseRegulationOptions } from './parse-regulation.ts';
import type { ExtractedGraph } from './types.ts';

export interface BuildOptions extends ParseRegulationOptions {
  notes?: RegulationNotes | null;
}

export function buildGraph(text: string, options: BuildOptions = {}): ExtractedGraph {
  return buildExtraction(text, options).graph;
}

export function buildExtraction(text: string, options: BuildOptions = {}): Extraction {
  const { notes, ...parseOptions } = options;
  return extractWithNotes(parseRegulation(text, parseOptions), { notes: notes ?? null });
}

// The pure stages chained: text → structure → extracted graph. The curated lexicon is reviewed data shipped
// with the code, so it is part of the pipeline rather than an input.
import lexiconJson from './lexicon.json' with { type: 'json' };
import { extractGraph } from './extract-graph.ts';
import { validateLexicon, type Lexicon } from './lexicon.ts';
import { parseRegulation, type ParseRegulationOptions } from './parse-regulation.ts';
import type { ExtractedGraph } from './types.ts';

export const LEXICON: Lexicon = validateLexicon(lexiconJson);

export function buildGraph(text: string, options: ParseRegulationOptions = {}): ExtractedGraph {
  return extractGraph(parseRegulation(text, options), LEXICON);
}

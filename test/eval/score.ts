// Scores an extracted graph against hand annotations at the clause level: a fact is (article, paragraph,
// item, modality, bearer), one per bearer, with "-" for an obligation that names none. Both sides are sets,
// so a duty stated twice in one clause by the same bearer counts once. Annotated bearer names are matched
// to the graph's actors through what the text calls them: canonical names, aliases, defined terms and the
// surfaces of the actor's mentions (in the same clause first). Collectives count as their members, as the
// extractor's bearers do.
import { normalizeScript } from '../../seed/extract/normalize-script.ts';
import type { ExtractedGraph, Obligation } from '../../seed/types.ts';
import type { AnnotatedObligation } from './annotations.ts';

export interface Fact {
  clause: string;
  modality: string;
  /** Actor id, "-" for none, or "?name" for an annotated name no actor of the graph carries. */
  bearer: string;
}

export interface Score {
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** The same at (clause, modality) only: how well obligations are found, bearers aside. */
  clauses: { gold: number; predicted: number; truePositives: number; precision: number; recall: number };
  /** Predicted facts by the rule that found the bearer, and how many of them are right. */
  byMethod: Record<string, { predicted: number; correct: number }>;
  missed: Fact[];
  spurious: Fact[];
}

export const clauseOf = (article: number, paragraph: number, item: number | null): string => `${article}.${paragraph}.${item ?? '-'}`;
const factKey = (fact: Fact): string => `${fact.clause} ${fact.modality} ${fact.bearer}`;
const norm = (name: string): string => normalizeScript(name).replace(/[\s“”"]/g, '');

/** Name → actor ids, per clause (mention surfaces there) and for the whole text. */
function nameIndex(graph: ExtractedGraph): { global: Map<string, string[]>; inClause: Map<string, Map<string, string[]>> } {
  const global = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, name: string, id: string): void => {
    const key = norm(name);
    const ids = map.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    map.set(key, ids);
  };
  for (const actor of graph.actors) for (const name of [actor.name, ...actor.aliases]) add(global, name, actor.id);
  for (const definition of graph.definitions) {
    if (definition.actor === null) continue;
    add(global, definition.term, definition.actor);
    add(global, definition.full, definition.actor);
  }
  const inClause = new Map<string, Map<string, string[]>>();
  for (const mention of graph.mentions) {
    if (mention.target.startsWith('industry:')) continue;
    const clause = clauseOf(mention.article, mention.paragraph, mention.item);
    const map = inClause.get(clause) ?? new Map<string, string[]>();
    add(map, mention.surface, mention.target);
    inClause.set(clause, map);
    add(global, mention.surface, mention.target);
  }
  return { global, inClause };
}

function membersOf(graph: ExtractedGraph): (ids: readonly string[]) => string[] {
  const actors = new Map(graph.actors.map((actor) => [actor.id, actor]));
  return (ids) => {
    const out: string[] = [];
    const visit = (id: string, path: readonly string[]): void => {
      const members = actors.get(id)?.members ?? [];
      if (members.length > 0 && !path.includes(id)) {
        for (const member of members) visit(member, [...path, id]);
        return;
      }
      if (!out.includes(id)) out.push(id);
    };
    for (const id of ids) visit(id, []);
    return out;
  };
}

/**
 * A name several actors carry (有关部门 of the municipality, of a district…) is read as the one the extractor
 * chose for that clause if it is among them: the annotation's words cannot tell them apart.
 */
export function goldFacts(annotations: readonly AnnotatedObligation[], graph: ExtractedGraph): Fact[] {
  const { global, inClause } = nameIndex(graph);
  const expand = membersOf(graph);
  const predicted = new Map<string, Set<string>>();
  for (const obligation of graph.obligations) {
    const key = `${clauseOf(obligation.article, obligation.paragraph, obligation.item)} ${obligation.modality}`;
    const set = predicted.get(key) ?? new Set<string>();
    for (const bearer of obligation.bearers) set.add(bearer);
    predicted.set(key, set);
  }
  const facts: Fact[] = [];
  for (const record of annotations) {
    const clause = clauseOf(record.article, record.paragraph, record.item);
    if (record.bearers.length === 0) {
      facts.push({ clause, modality: record.modality, bearer: '-' });
      continue;
    }
    const chosen = predicted.get(`${clause} ${record.modality}`) ?? new Set<string>();
    for (const name of record.bearers) {
      const ids = inClause.get(clause)?.get(norm(name)) ?? global.get(norm(name));
      if (ids === undefined || ids.length === 0) {
        facts.push({ clause, modality: record.modality, bearer: `?${name}` });
        continue;
      }
      const pick = ids.find((id) => expand([id]).every((member) => chosen.has(member))) ?? ids[0]!;
      for (const id of expand([pick])) facts.push({ clause, modality: record.modality, bearer: id });
    }
  }
  return dedupe(facts);
}

export function predictedFacts(obligations: readonly Obligation[]): Array<Fact & { method: string }> {
  const facts: Array<Fact & { method: string }> = [];
  for (const obligation of obligations) {
    const clause = clauseOf(obligation.article, obligation.paragraph, obligation.item);
    const method = (obligation as Obligation & { bearerMethod?: string }).bearerMethod ?? 'n/a';
    if (obligation.bearers.length === 0) facts.push({ clause, modality: obligation.modality, bearer: '-', method });
    for (const bearer of obligation.bearers) facts.push({ clause, modality: obligation.modality, bearer, method });
  }
  return dedupe(facts);
}

function dedupe<T extends Fact>(facts: T[]): T[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const key = factKey(fact);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function scoreExtraction(annotations: readonly AnnotatedObligation[], graph: ExtractedGraph): Score {
  const gold = goldFacts(annotations, graph);
  const predicted = predictedFacts(graph.obligations);
  const goldKeys = new Set(gold.map(factKey));
  const predictedKeys = new Set(predicted.map(factKey));
  const truePositives = predicted.filter((fact) => goldKeys.has(factKey(fact))).length;

  const clauseKey = (fact: Fact): string => `${fact.clause} ${fact.modality}`;
  const goldClauses = new Set(gold.map(clauseKey));
  const predictedClauses = new Set(predicted.map(clauseKey));
  const clauseHits = [...predictedClauses].filter((key) => goldClauses.has(key)).length;

  const byMethod: Score['byMethod'] = {};
  for (const fact of predicted) {
    const entry = (byMethod[fact.method] ??= { predicted: 0, correct: 0 });
    entry.predicted++;
    if (goldKeys.has(factKey(fact))) entry.correct++;
  }
  return {
    gold: gold.length,
    predicted: predicted.length,
    truePositives,
    precision: ratio(truePositives, predicted.length),
    recall: ratio(truePositives, gold.length),
    clauses: {
      gold: goldClauses.size,
      predicted: predictedClauses.size,
      truePositives: clauseHits,
      precision: ratio(clauseHits, predictedClauses.size),
      recall: ratio(clauseHits, goldClauses.size),
    },
    byMethod,
    missed: gold.filter((fact) => !predictedKeys.has(factKey(fact))),
    spurious: predicted.filter((fact) => !goldKeys.has(factKey(fact))).map(({ clause, modality, bearer }) => ({ clause, modality, bearer })),
  };
}

// The extract stage: ParsedRegulation + Vocabulary (+ optional notes) → ExtractedGraph, pure. Every actor,
// zone and industry is found in the text by rule over the generic vocabulary (seed/vocabulary/); notes may
// only name in English, or correct the kind or code of, what the rules found. The order matters:
//   1. the regulation's jurisdiction and own zone, from its issuer and title;
//   2. definitions, in text order (their terms name actors everywhere after, 自贸试验区 and 各片区 included);
//   3. actor mentions by the name grammar, then industries from the enumerations development verbs govern;
//   4. the clause-level rules: obligations and their bearers, zone → industry links, references.
import { applyNotes, type RegulationNotes } from './notes.ts';
import type { Actor, ExtractedGraph, Industry, Mention, ParsedRegulation } from './types.ts';
import { VOCABULARY, type Vocabulary } from './vocabulary.ts';
import { analyseUnit, unitKey, type AnalysedUnit } from './extract/analyse-unit.ts';
import { extractDefinitions } from './extract/extract-definitions.ts';
import { extractObligations } from './extract/extract-obligations.ts';
import { extractReferences } from './extract/extract-references.ts';
import { extractZoneIndustries, inIndustryChapter } from './extract/extract-zone-industries.ts';
import { boundaryWords, findActorSpans } from './extract/find-actors.ts';
import type { FrameWords } from './extract/find-bearers.ts';
import { discoverIndustries } from './extract/find-industries.ts';
import { buildIndustryMatcher, findIndustrySpans, mergeSpans, toMentions, type EntitySpan } from './extract/find-mentions.ts';
import { findJurisdiction, ownTierWords } from './extract/jurisdiction.ts';
import { normalizeScript } from './extract/normalize-script.ts';
import { buildPhraseLexicon, withTerms, type PhraseLexicon } from './extract/phrase-tokens.ts';
import { buildGrammarContext, readConjunct } from './extract/read-actor-phrase.ts';
import { createRegistry, ensureZone, type Registry } from './extract/registry.ts';
import { listTextUnits } from './extract/text-units.ts';

const baseLexicons = new WeakMap<Vocabulary, PhraseLexicon>();

function baseLexicon(vocabulary: Vocabulary): PhraseLexicon {
  let lexicon = baseLexicons.get(vocabulary);
  if (lexicon === undefined) {
    lexicon = buildPhraseLexicon(vocabulary);
    baseLexicons.set(vocabulary, lexicon);
  }
  return lexicon;
}

export interface ExtractOptions {
  vocabulary?: Vocabulary;
  notes?: RegulationNotes | null;
}

export interface Extraction {
  graph: ExtractedGraph;
  /** Notes naming nothing the rules found. */
  unusedNotes: string[];
}

export function extractGraph(parsed: ParsedRegulation, options: ExtractOptions = {}): ExtractedGraph {
  return extractWithNotes(parsed, options).graph;
}

export function extractWithNotes(parsed: ParsedRegulation, options: ExtractOptions = {}): Extraction {
  const vocabulary = options.vocabulary ?? VOCABULARY;
  const jurisdiction = findJurisdiction(parsed.regulation, vocabulary);
  const lexicon = withTerms(baseLexicon(vocabulary));
  const grammar = buildGrammarContext(vocabulary, lexicon, ownTierWords(jurisdiction));
  const registry = createRegistry(parsed.regulation.id, vocabulary, jurisdiction, lexicon, grammar);
  findOwnZone(parsed, registry);
  const boundary = boundaryWords(registry);
  const units = listTextUnits(parsed);
  const definitions = extractDefinitions(units, registry, boundary);

  const actorSpans = new Map<string, EntitySpan[]>();
  for (const unit of units) actorSpans.set(unitKey(unit.article, unit.paragraph, unit.item), findActorSpans(unit.norm, unit.text, registry, boundary));
  discoverIndustries(units, registry);
  const industries = buildIndustryMatcher(registry);
  const words: FrameWords = { ...vocabulary.clause };
  const analysed = new Map<string, AnalysedUnit>();
  for (const unit of units) {
    const key = unitKey(unit.article, unit.paragraph, unit.item);
    const actors = actorSpans.get(key)!;
    analysed.set(key, analyseUnit(unit, mergeSpans(actors, findIndustrySpans(unit.norm, industries, actors)), words));
  }
  const lookup = (key: string): AnalysedUnit => {
    const found = analysed.get(key);
    if (found === undefined) throw new Error(`extractGraph: no text unit ${key}`);
    return found;
  };

  const obligations = parsed.articles.flatMap((article) => extractObligations(article, lookup, registry));
  const zoneIndustries = parsed.articles.flatMap((article) => {
    const { links, newSpans } = extractZoneIndustries(article, lookup, registry, { regionWide: inIndustryChapter(parsed, article) });
    for (const { key, span } of newSpans) addSpan(lookup(key), span);
    return links;
  });

  const mentions: Mention[] = [...analysed.values()].flatMap(({ unit, spans }) => toMentions(unit, unit.text, spans));
  const usedActors = new Set<string>();
  const usedIndustries = new Set<string>();
  for (const mention of mentions) (mention.target.startsWith('industry:') ? usedIndustries : usedActors).add(mention.target);
  for (const obligation of obligations) {
    for (const id of [...obligation.bearers, ...obligation.beneficiaries]) usedActors.add(id);
    for (const id of obligation.industries) usedIndustries.add(id);
  }
  for (const definition of definitions) if (definition.actor !== null) usedActors.add(definition.actor);
  for (const link of zoneIndustries) {
    usedActors.add(link.zone);
    usedIndustries.add(link.industry);
  }

  const graph: ExtractedGraph = {
    regulation: parsed.regulation,
    chapters: parsed.chapters,
    articles: parsed.articles,
    actors: listActors(registry, usedActors),
    industries: [...registry.industries.values()].filter((industry) => usedIndustries.has(industry.id)).map(copyIndustry),
    obligations,
    zoneIndustries,
    definitions,
    references: extractReferences(units, parsed.regulation.title),
    mentions,
  };
  const unusedNotes = options.notes != null ? applyNotes(graph, options.notes) : [];
  return { graph, unusedNotes };
}

/** The zone the title names (中国（上海）自由贸易试验区条例, 中华人民共和国海南自由贸易港法), if any. */
function findOwnZone(parsed: ParsedRegulation, registry: Registry): void {
  const title = normalizeScript(parsed.regulation.title).replace(/^中华人民共和国/, '');
  for (let p = 0; p < title.length; p++) {
    const conjunct = readConjunct(title, p, title.length, registry.grammar, p === 0);
    const part = conjunct?.parts.length === 1 ? conjunct.parts[0] : undefined;
    if (conjunct == null || part?.type !== 'ZONE_NAME' || part.token?.type !== 'ZONE' || part.token.zone.tier !== 'zone') continue;
    registry.wholeZone = ensureZone(registry, conjunct, title.slice(conjunct.start, conjunct.end));
    return;
  }
}

/** Used actors and, for the collectives among them, their members. */
function listActors(registry: Registry, used: Set<string>): Actor[] {
  const wanted = new Set<string>();
  const visit = (id: string): void => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const member of registry.actors.get(id)?.members ?? []) visit(member);
  };
  for (const id of used) visit(id);
  return [...registry.actors.values()]
    .filter((actor) => wanted.has(actor.id))
    .map(({ id, name, nameEn, kind, jurisdiction, aliases, members }) => ({ id, name, nameEn, kind, jurisdiction, aliases: [...aliases], members: [...members] }));
}

function copyIndustry(industry: Industry): Industry {
  return { ...industry, aliases: [...industry.aliases] };
}

function addSpan(analysed: AnalysedUnit, span: EntitySpan): void {
  if (analysed.spans.some((s) => s.start < span.end && span.start < s.end)) return;
  analysed.spans.push(span);
  analysed.spans.sort((a, b) => a.start - b.start);
}

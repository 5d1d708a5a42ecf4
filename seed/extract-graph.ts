// The extract stage: ParsedRegulation + Lexicon → ExtractedGraph, pure. The order matters: definitions
// first (their aliases name actors everywhere, 自贸试验区 included), then 等<collective> enumerations
// (members, and bare words such as 金融 that only name an agency there), then mentions with the
// final names, then the clause-level rules.
import type { Lexicon } from './lexicon.ts';
import type { Actor, ExtractedGraph, Industry, Mention, ParsedRegulation } from './types.ts';
import { analyseUnit, unitKey, type AnalysedUnit } from './extract/analyse-unit.ts';
import { extractCollectiveMembers } from './extract/extract-collectives.ts';
import { extractDefinitions } from './extract/extract-definitions.ts';
import { extractObligations } from './extract/extract-obligations.ts';
import { extractReferences } from './extract/extract-references.ts';
import { extractZoneIndustries, inIndustryChapter } from './extract/extract-zone-industries.ts';
import { buildMatcher, findEntitySpans, toMentions, type EntitySpan } from './extract/find-mentions.ts';
import { createRegistry, type Registry } from './extract/registry.ts';
import { listTextUnits } from './extract/text-units.ts';

export function extractGraph(parsed: ParsedRegulation, lexicon: Lexicon): ExtractedGraph {
  const registry = createRegistry(lexicon);
  const units = listTextUnits(parsed);
  const definitions = extractDefinitions(units, registry);

  const lexiconMatcher = buildMatcher(registry);
  const collectiveForms = [...registry.actorForms].filter(([, id]) => registry.actors.get(id)?.collective).map(([form]) => `等${form}`);
  const forced = new Map<string, EntitySpan[]>();
  for (const unit of units) {
    if (!collectiveForms.some((form) => unit.norm.includes(form))) continue;
    const spans = findEntitySpans(unit.norm, lexiconMatcher);
    forced.set(unitKey(unit.article, unit.paragraph, unit.item), extractCollectiveMembers(unit, spans, registry));
  }

  const matcher = buildMatcher(registry);
  const analysed = new Map<string, AnalysedUnit>();
  for (const unit of units) {
    const key = unitKey(unit.article, unit.paragraph, unit.item);
    analysed.set(key, analyseUnit(unit, findEntitySpans(unit.norm, matcher, forced.get(key))));
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

  return {
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
    .map(({ id, name, nameEn, kind, aliases, members }) => ({ id, name, nameEn, kind, aliases: [...aliases], members: [...members] }));
}

function copyIndustry(industry: Industry): Industry {
  return { ...industry, aliases: [...industry.aliases] };
}

function addSpan(analysed: AnalysedUnit, span: EntitySpan): void {
  if (analysed.spans.some((s) => s.start < span.end && span.start < s.end)) return;
  analysed.spans.push(span);
  analysed.spans.sort((a, b) => a.start - b.start);
}

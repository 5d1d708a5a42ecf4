// The parsed structure of a regulation as Akoma Ntoso 3.0 (OASIS LegalDocML) XML: FRBR identification of
// the Work, its Chinese Expression and this XML Manifestation, then 章 → chapter, 条 → article, 款 → paragraph,
// 项 → point. A pure function of the extracted graph; the same graph always gives the same bytes.
import { create } from 'xmlbuilder2';
import { formatChineseNumeral } from '../chinese-numerals.ts';
import type { Article, Chapter, ExtractedGraph, Paragraph, RegulationMeta } from '../types.ts';

// The package's index exports no XMLBuilder type; every node create() hands out is one.
type XMLBuilder = ReturnType<typeof create>;

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * What the export reads: the regulation's metadata and structure, and the actors it names (to key the issuer
 * by its actor id). The API passes what it reads from the graph, the extract command the extracted graph.
 */
export type AkomaNtosoSource = Pick<ExtractedGraph, 'regulation' | 'chapters' | 'articles' | 'actors'>;

export interface AkomaNtosoOptions {
  /** ISO date or date-time of this export, the Manifestation's date; without it the output is timeless. */
  generatedAt?: string;
}

type DateName = 'adoption' | 'promulgation' | 'entryIntoForce';

interface DatedEvent {
  name: DateName;
  date: string;
  /** How the Chinese text calls the event (通过, 公布, 施行), for the TLCEvent's showAs. */
  showAs: string;
}

interface Identity {
  workUri: string;
  expressionUri: string;
  workDate: { date: string; name: string };
  expressionDate: { date: string; name: string };
  events: DatedEvent[];
}

const SHOW_AS: Record<DateName, string> = { adoption: '通过', promulgation: '公布', entryIntoForce: '施行' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/**
 * FRBRdate is required at every level and must be an xsd:date. A text that states no date gets this
 * placeholder, named `unknown`, rather than a real-looking date that would mislead.
 */
const UNKNOWN_DATE = { date: '0001-01-01', name: 'unknown' } as const;

export function toAkomaNtoso(graph: AkomaNtosoSource, options: AkomaNtosoOptions = {}): string {
  if (options.generatedAt !== undefined && !ISO_DATE_TIME.test(options.generatedAt)) {
    throw new RangeError(`generatedAt must be an ISO date or date-time, got "${options.generatedAt}"`);
  }
  const identity = identify(graph.regulation);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(AKN_NAMESPACE, 'akomaNtoso');
  const act = root.ele('act', { name: 'regulation' });
  writeMeta(act.ele('meta'), graph.regulation, identity, issuerKeyOf(graph), options.generatedAt);
  writePreface(act.ele('preface'), graph.regulation);
  writeBody(act.ele('body'), graph);
  return root.end({ prettyPrint: true, indent: '  ' });
}

/** `regulation:xinjiang-ftz-2025` → `xinjiang-ftz-2025`, the Work's name in its IRI. */
export function regulationSlug(id: string): string {
  const slug = id.replace(/^regulation:/, '').replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return slug === '' ? 'regulation' : slug;
}

function identify(meta: RegulationMeta): Identity {
  const events = (
    [
      ['adoption', meta.adopted],
      ['promulgation', meta.promulgated],
      ['entryIntoForce', meta.effective],
    ] as const
  )
    .filter((entry): entry is readonly [DateName, string] => entry[1] !== null && ISO_DATE.test(entry[1]))
    .map(([name, date]) => ({ name, date, showAs: SHOW_AS[name] }))
    // Chronological (stable for equal dates), so the lifecycle reads in order.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byName = (name: DateName) => events.find((event) => event.name === name);
  // The Work is the act as made, dated like acts elsewhere in AKN by its promulgation (公布); many texts
  // state only the adoption (通过) or the entry into force (施行).
  const work = byName('promulgation') ?? byName('adoption') ?? byName('entryIntoForce');
  // The Expression is the text as it reads from its latest stated date: for an amended law whose header names
  // only a later entry into force, that is nearer to the version we hold than the original adoption.
  const latest = events.at(-1);
  const workDate = work ? { date: work.date, name: work.name } : UNKNOWN_DATE;
  const expressionDate = latest ? { date: latest.date, name: latest.name } : UNKNOWN_DATE;
  const workUri = `/akn/cn/act/${workDate.date}/${regulationSlug(meta.id)}`;
  return { workUri, expressionUri: `${workUri}/zho@${expressionDate.date}`, workDate, expressionDate, events };
}

/**
 * The issuer's key in its TLC IRI: the graph's actor id when the text names the issuer as an actor (stable
 * across releases), else its name as written (AKN names are IRIs, so Chinese is allowed), else `unknown`.
 */
function issuerKeyOf(graph: AkomaNtosoSource): string {
  const { issuer } = graph.regulation;
  if (issuer === null || issuer.trim() === '') return 'unknown';
  const actor = graph.actors.find((a) => a.name === issuer || a.aliases.includes(issuer));
  return actor ? actor.id.replace(/^actor:/, '') : issuer.replace(/[\s/?#%]+/gu, '');
}

function writeMeta(meta: XMLBuilder, regulation: RegulationMeta, identity: Identity, issuerKey: string, generatedAt: string | undefined): void {
  const { workUri, expressionUri, workDate, expressionDate, events } = identity;
  const identification = meta.ele('identification', { source: '#regatlas' });
  // Element order follows the schema's sequences (coreProperties, then workProperties / expressionProperties).
  const work = identification.ele('FRBRWork');
  work.ele('FRBRthis', { value: `${workUri}/!main` });
  work.ele('FRBRuri', { value: workUri });
  work.ele('FRBRdate', workDate);
  work.ele('FRBRauthor', { href: '#issuer', as: '#author' });
  work.ele('FRBRcountry', { value: 'cn' });
  work.ele('FRBRname', { value: regulation.title });

  const expression = identification.ele('FRBRExpression');
  expression.ele('FRBRthis', { value: `${expressionUri}/!main` });
  expression.ele('FRBRuri', { value: expressionUri });
  expression.ele('FRBRdate', expressionDate);
  expression.ele('FRBRauthor', { href: '#issuer', as: '#author' });
  expression.ele('FRBRlanguage', { language: 'zho' });

  const manifestation = identification.ele('FRBRManifestation');
  manifestation.ele('FRBRthis', { value: `${expressionUri}/!main.xml` });
  manifestation.ele('FRBRuri', { value: `${expressionUri}.akn` });
  manifestation.ele('FRBRdate', generatedAt !== undefined ? { date: generatedAt, name: 'generation' } : expressionDate);
  manifestation.ele('FRBRauthor', { href: '#regatlas', as: '#editor' });

  // Every event of the header belongs to the making of this text, so all are of type generation (the
  // schema's other types are amendment and repeal).
  if (events.length > 0) {
    const lifecycle = meta.ele('lifecycle', { source: '#regatlas' });
    events.forEach((event, index) => {
      lifecycle.ele('eventRef', { eId: `e_${index + 1}`, date: event.date, source: '#original', refersTo: `#${event.name}`, type: 'generation' });
    });
  }

  const references = meta.ele('references', { source: '#regatlas' });
  references.ele('original', { eId: 'original', href: expressionUri, showAs: regulation.title });
  for (const event of events) {
    references.ele('TLCEvent', { eId: event.name, href: `/akn/ontology/events/cn/${event.name}`, showAs: event.showAs });
  }
  references.ele('TLCOrganization', { eId: 'regatlas', href: '/akn/ontology/organizations/regatlas', showAs: 'RegAtlas' });
  references.ele('TLCOrganization', { eId: 'issuer', href: `/akn/ontology/organizations/cn/${issuerKey}`, showAs: regulation.issuer ?? 'unknown' });
  references.ele('TLCRole', { eId: 'author', href: '/akn/ontology/roles/author', showAs: 'Author' });
  references.ele('TLCRole', { eId: 'editor', href: '/akn/ontology/roles/editor', showAs: 'Editor' });
}

function writePreface(preface: XMLBuilder, regulation: RegulationMeta): void {
  // docTitle, docNumber and docAuthority are inline elements: each needs a block around it.
  preface.ele('p', { class: 'title' }).ele('docTitle').txt(regulation.title);
  if (regulation.noticeNumber !== null) preface.ele('p', { class: 'number' }).ele('docNumber').txt(regulation.noticeNumber);
  if (regulation.issuer !== null) preface.ele('p', { class: 'authority' }).ele('docAuthority').txt(regulation.issuer);
}

/**
 * Articles in source order; consecutive articles of one chapter share its <chapter>, articles outside any
 * chapter go straight into <body>. The graph keeps no 节 (sections), so chapters hold articles directly.
 */
function writeBody(body: XMLBuilder, graph: AkomaNtosoSource): void {
  const chapters = new Map<number, Chapter>(graph.chapters.map((chapter) => [chapter.number, chapter]));
  const written = new Set<number>();
  let current: { number: number; element: XMLBuilder } | null = null;
  for (const article of graph.articles) {
    if (article.chapter === null) {
      current = null;
      writeArticle(body, article);
      continue;
    }
    if (current?.number !== article.chapter) {
      const chapter = chapters.get(article.chapter);
      if (chapter === undefined) throw new Error(`article ${article.number} is in chapter ${article.chapter}, which the graph lacks`);
      if (written.has(chapter.number)) throw new Error(`chapter ${chapter.number} is interrupted before article ${article.number}`);
      written.add(chapter.number);
      current = { number: chapter.number, element: writeChapter(body, chapter) };
    }
    writeArticle(current.element, article);
  }
}

function writeChapter(parent: XMLBuilder, chapter: Chapter): XMLBuilder {
  const element = parent.ele('chapter', { eId: `chp_${chapter.number}` });
  element.ele('num').txt(`第${formatChineseNumeral(chapter.number)}章`);
  if (chapter.title !== '') element.ele('heading').txt(chapter.title);
  return element;
}

/**
 * Articles are numbered through the whole act, so their eIds need no chapter prefix (AKN naming convention:
 * only a context that restarts numbering prefixes an eId). The graph keeps numbers, not the labels as
 * written, so <num> is written from the number (第二十八条, also for a text in traditional characters).
 */
function writeArticle(parent: XMLBuilder, article: Article): void {
  const eId = `art_${article.number}`;
  const element = parent.ele('article', { eId });
  element.ele('num').txt(`第${formatChineseNumeral(article.number)}条`);
  if (article.heading !== null && article.heading !== '') element.ele('heading').txt(article.heading);
  for (const paragraph of article.paragraphs) writeParagraph(element, eId, paragraph);
}

/**
 * 款 carry no number in Chinese drafting, so <paragraph> has no <num>; its eId counts it. 项 sit directly
 * under their 款 (条-款-项-目), so a paragraph with items is <intro> + <point>s, a form the schema's
 * `hierarchy` type allows; the <list> wrapper is meant for a division its tradition calls a list, and it
 * would add a list_1 level to every point's eId.
 */
function writeParagraph(parent: XMLBuilder, articleEId: string, paragraph: Paragraph): void {
  const eId = `${articleEId}__para_${paragraph.number}`;
  const element = parent.ele('paragraph', { eId });
  if (paragraph.items.length === 0) {
    element.ele('content').ele('p').txt(paragraph.text);
    return;
  }
  if (paragraph.text !== '') element.ele('intro').ele('p').txt(paragraph.text);
  for (const item of paragraph.items) {
    const point = element.ele('point', { eId: `${eId}__point_${item.number}` });
    point.ele('num').txt(`（${formatChineseNumeral(item.number)}）`);
    point.ele('content').ele('p').txt(item.text);
  }
}

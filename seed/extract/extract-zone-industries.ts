// Zone → industry links. In a sentence whose subject is one Area (乌鲁木齐片区重点发展A、B以及C等新兴产业，
// 积极发展D、E等现代服务业，打造…平台) each level phrase governs the enumeration after it, up to the end of
// its segment; the enumeration is split on 、 and 以及, its group tail (等新兴产业) dropped, and an item
// the lexicon lacks becomes an industry of its own. Where the subject is the zone as a whole or the
// regional government (自治区人民政府…应当…打造…；炼化和纺织服装全产业集聚区，…), a development verb
// links the lexicon industries named in its object, including the verb-less segments that continue
// that object; no industry is invented there. Such region-wide links come only from a chapter about
// industries (第四章 特色产业): elsewhere 促进跨境电子商务贸易创新发展 is a measure, not the zone's industry.
import type { Article, ParsedRegulation, ZoneIndustry } from '../types.ts';
import { unitKey, type AnalysedUnit } from './analyse-unit.ts';
import { MARKER_WORDS, type ModalMarker } from './detect-modality.ts';
import { findBeneficiaries, sentenceTopics, type SentenceFrame } from './find-bearers.ts';
import type { EntitySpan } from './find-mentions.ts';
import { normalizeScript } from './normalize-script.ts';
import { describeLevel, listLevelPhrases, registerIndustry } from './find-industries.ts';
import { memberZones, resolveMembers, type Registry } from './registry.ts';

const LEVEL_VERBS = ['做大做强', '发展', '打造', '推进', '推动', '培育', '建设', '提升', '促进', '壮大', '形成'];
const ADVERBS = ['进一步', '重点', '积极', '大力', '加快', '着力', '优先', '不断', '全面', '持续'];
/**
 * Words that open a predicate of their own. A segment that opens with none of them (炼化和纺织服装全产业
 * 集聚区，新能源新材料等…集聚区) continues the object of the previous verb.
 */
const PREDICATE_STARTS = [
  ...MARKER_WORDS,
  ...LEVEL_VERBS,
  ...ADVERBS,
  ...'加强 加大 完善 建立 健全 构建 实现 深化 优化 探索 开展 引导 落实 贯彻 提供 保障 维护 扩大 推行 推广 依托 立足 坚持 统筹 聚焦 创新 强化 服务 参与 争取 吸收 复制 组织 研究 指导 制定 执行 实行 采取 根据 按照 结合 通过 围绕 催生 畅通 及时 保护 借鉴 运用 营造 集聚 辐射 助力 融入 拓展 拓宽 布局 开发 承办 发挥 衔接 提出 统计 总结 督促 吸引 培养 规范 简化 降低 承接 申请 赋予 纳入 创建 设立 鼓励 加速 对 为 与 在 将 以 由 经 向 从 同'.split(' '),
];
const PREDICATE_START_SET = new Set(PREDICATE_STARTS);
const LONGEST_PREDICATE_START = Math.max(...PREDICATE_STARTS.map((word) => word.length));

function opensPredicate(norm: string, p: number): boolean {
  for (let length = 1; length <= LONGEST_PREDICATE_START; length++) {
    if (PREDICATE_START_SET.has(norm.slice(p, p + length))) return true;
  }
  return false;
}

const GROUP_TAIL = /等[^、]*?(产业|行业|领域|业)$/;
/** An enumerated item longer than this is a phrase, not an industry name. */
const MAX_INDUSTRY_NAME = 12;

interface Level {
  surface: string;
  start: number;
  end: number;
  /** One of the vocabulary's phrases that open a list (listLevelPhrases). */
  ranked: boolean;
}

interface Developer {
  zone: string;
  /** An Area: ranked phrases may introduce new industries. */
  area: boolean;
}

export interface ZoneIndustryResult {
  links: ZoneIndustry[];
  /** Spans of enumerated industries the mention finder did not know yet. */
  newSpans: Array<{ key: string; span: EntitySpan }>;
}

/** A link as the rules find it; its level's rank and gloss come from the vocabulary at the end. */
type FoundLink = Omit<ZoneIndustry, 'rank' | 'levelEn'>;

interface Found {
  links: FoundLink[];
  newSpans: ZoneIndustryResult['newSpans'];
}

/** A chapter title with this word is about industries: only there does the zone as a whole get links. */
const INDUSTRY_CHAPTER_WORD = '产业';

/** Whether the article stands in a chapter about industries (none does in a regulation without chapters). */
export function inIndustryChapter(parsed: ParsedRegulation, article: Article): boolean {
  const chapter = parsed.chapters.find((c) => c.number === article.chapter);
  return chapter !== undefined && normalizeScript(chapter.title).includes(INDUSTRY_CHAPTER_WORD);
}

/** `regionWide`: whether the zone as a whole may be linked here (see inIndustryChapter); Areas always may. */
export function extractZoneIndustries(
  article: Article,
  lookup: (key: string) => AnalysedUnit,
  registry: Registry,
  { regionWide }: { regionWide: boolean },
): ZoneIndustryResult {
  const result: Found = { links: [], newSpans: [] };
  const areas = memberZones(registry);
  const levelPhrases = listLevelPhrases(registry.vocabulary);
  for (const paragraph of article.paragraphs) {
    const keys = [unitKey(article.number, paragraph.number, null), ...paragraph.items.map((item) => unitKey(article.number, paragraph.number, item.number))];
    let introTopic: string[] = [];
    keys.forEach((key, index) => {
      const analysed = lookup(key);
      const { markers } = analysed;
      const topics = sentenceTopics(analysed.frames, index === 0 ? [] : introTopic);
      if (index === 0) introTopic = topics.at(-1) ?? [];
      analysed.frames.forEach((frame, at) =>
        linkSentence(analysed, key, frame, topics[at]!, markers, { registry, areas, regionWide, levelPhrases }, result),
      );
    });
  }
  const links = dedupe(result.links).map(({ zone, industry, level, article, paragraph }) => ({
    zone,
    industry,
    level,
    ...describeLevel(level, registry.vocabulary),
    article,
    paragraph,
  }));
  return { links, newSpans: result.newSpans };
}

function linkSentence(
  analysed: AnalysedUnit,
  key: string,
  frame: SentenceFrame,
  topic: string[],
  markers: readonly ModalMarker[],
  { registry, areas, regionWide, levelPhrases }: { registry: Registry; areas: Set<string>; regionWide: boolean; levelPhrases: readonly string[] },
  result: Found,
): void {
  const developers = findDevelopers(analysed, frame, topic, markers, registry, areas).filter((d) => d.area || regionWide);
  if (developers.length === 0) return;
  const { norm, text } = analysed.unit;
  let current: Level | null = null;

  frame.segments.forEach((segment, index) => {
    let p = segment.start;
    const run = frame.runs[index];
    if (run != null) p = Math.max(p, run.end);
    p = skipLeading(analysed, p, segment.end, markers);

    const level = matchLevel(norm, p, levelPhrases);
    let scopeStart: number;
    if (level !== null) {
      current = { ...level, surface: text.slice(level.start, level.end) };
      scopeStart = level.end;
    } else if (opensPredicate(norm, p)) {
      current = null;
      linkInnerVerbs(analysed, segment.start, segment.end, developers, result);
      return;
    } else {
      scopeStart = p;
    }
    const governing: Level | null = current;
    if (governing === null) return;
    // New industries only from the enumeration right after the phrase, never from a continuation.
    const mayCreate = governing.ranked && level !== null;
    for (const developer of developers) {
      if (developer.area && mayCreate) {
        for (const { industry, span } of readEnumeration(analysed, scopeStart, segment.end, registry)) {
          push(result, developer.zone, industry, governing.surface, analysed);
          if (span !== null) result.newSpans.push({ key, span });
        }
      } else {
        for (const span of industrySpans(analysed, scopeStart, segment.end)) {
          push(result, developer.zone, span.target, governing.surface, analysed);
        }
      }
    }
  });
}

/** Who develops what the sentence names: an Area, or the zone as a whole (its own or the region's subject). */
function findDevelopers(
  analysed: AnalysedUnit,
  frame: SentenceFrame,
  topic: string[],
  markers: readonly ModalMarker[],
  registry: Registry,
  areas: Set<string>,
): Developer[] {
  let actors = resolveMembers(registry, topic);
  if (actors.length === 0) {
    // 支持自贸试验区…推动数字经济创新发展: the supported zone is the one that develops.
    const opening = markers.find((m) => m.start === frame.start && (m.modality === 'SUPPORT' || m.modality === 'ENCOURAGE'));
    const segment = frame.segments[0];
    if (opening !== undefined && segment !== undefined) {
      actors = resolveMembers(registry, findBeneficiaries(analysed.unit.norm, segment, [opening], analysed.actorsAt));
    }
  }
  const developers: Developer[] = [];
  const add = (developer: Developer): void => {
    if (!developers.some((d) => d.zone === developer.zone)) developers.push(developer);
  };
  for (const id of actors) {
    const actor = registry.actors.get(id);
    if (actor === undefined) continue;
    if (areas.has(id)) add({ zone: id, area: true });
    else if (actor.kind === 'ZONE' && !actor.collective) add({ zone: id, area: false });
    else if (actor.kind === 'REGIONAL_GOVERNMENT' && registry.wholeZone !== null) add({ zone: registry.wholeZone, area: false });
  }
  return developers;
}

/** Steps over what may stand between a segment's subject and its verb: modal markers, supported parties. */
function skipLeading(analysed: AnalysedUnit, from: number, end: number, markers: readonly ModalMarker[]): number {
  const { norm } = analysed.unit;
  let p = from;
  for (;;) {
    while (p < end && /\s/.test(norm[p]!)) p++;
    const marker = markers.find((m) => m.start === p);
    if (marker === undefined || marker.modality === 'SUPPORT' || marker.modality === 'ENCOURAGE') return p;
    p = marker.end;
  }
}

function matchLevel(norm: string, p: number, levelPhrases: readonly string[]): Omit<Level, 'surface'> | null {
  const ranked = levelPhrases.find((phrase) => norm.startsWith(phrase, p));
  if (ranked !== undefined) return { start: p, end: p + ranked.length, ranked: true };
  const adverb = ADVERBS.find((word) => norm.startsWith(word, p)) ?? '';
  const verb = LEVEL_VERBS.find((word) => norm.startsWith(word, p + adverb.length));
  if (verb === undefined) return null;
  return { start: p, end: p + adverb.length + verb.length, ranked: false };
}

/** A segment opening with another verb may still name a development verb before a known industry. */
function linkInnerVerbs(analysed: AnalysedUnit, start: number, end: number, developers: readonly Developer[], result: Found): void {
  const { norm, text } = analysed.unit;
  for (const span of industrySpans(analysed, start, end)) {
    let best: { at: number; verb: string } | null = null;
    for (const verb of LEVEL_VERBS) {
      const at = norm.lastIndexOf(verb, span.start - verb.length);
      if (at >= start && (best === null || at > best.at)) best = { at, verb };
    }
    if (best === null) continue;
    const adverb = ADVERBS.find((word) => norm.slice(start, best.at).endsWith(word)) ?? '';
    const surface = text.slice(best.at - adverb.length, best.at + best.verb.length);
    for (const developer of developers) push(result, developer.zone, span.target, surface, analysed);
  }
}

function industrySpans(analysed: AnalysedUnit, start: number, end: number): EntitySpan[] {
  return analysed.spans.filter((span) => span.kind === 'industry' && span.start >= start && span.end <= end);
}

/** Items of 国际贸易、现代物流…以及生物医药…等新兴产业: industry ids, with a span for each new one. */
function readEnumeration(analysed: AnalysedUnit, start: number, end: number, registry: Registry): Array<{ industry: string; span: EntitySpan | null }> {
  const { norm, text } = analysed.unit;
  const items: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const separator = norm[i] === '、' ? 1 : norm.startsWith('以及', i) ? 2 : 0;
    if (separator === 0) continue;
    items.push([from, i]);
    from = i + separator;
    i = from - 1;
  }
  items.push([from, end]);
  const last = items.at(-1)!;
  const tail = GROUP_TAIL.exec(norm.slice(last[0], last[1]));
  if (tail !== null) last[1] = last[0] + tail.index;
  else if (norm[last[1] - 1] === '等') last[1]--;

  const found: Array<{ industry: string; span: EntitySpan | null }> = [];
  for (const [a, b] of items) {
    const form = norm.slice(a, b).trim();
    if (form === '' || form.length > MAX_INDUSTRY_NAME) continue;
    const known = registry.industryForms.get(form) ?? registry.industryForms.get(form.replace(/(产业|业)$/, ''));
    if (known !== undefined) {
      found.push({ industry: known, span: null });
      continue;
    }
    const industry = registerIndustry(registry, text.slice(a, b).trim());
    found.push({ industry, span: { start: a, end: b, target: industry, kind: 'industry' } });
  }
  return found;
}

function push(result: Found, zone: string, industry: string, level: string, analysed: AnalysedUnit): void {
  result.links.push({ zone, industry, level, article: analysed.unit.article, paragraph: analysed.unit.paragraph });
}

function dedupe(links: readonly FoundLink[]): FoundLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.zone}|${link.industry}|${link.level}|${link.article}|${link.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

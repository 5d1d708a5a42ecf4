// Modal markers of a text range, in text order, with the nominal uses left out: 提供智力支持, 政策支持,
// 在…支持下, 分级负责的原则, 未明确禁止的事项, 被禁止, 是否应当, 禁止期限. A marker inside a condition
// closed by 的 never counts: the condition states a case, the main clause the duty (违反…应当…而未…的，可以…
// is a MAY; …其他区域改革试点措施可以适用于自贸试验区的，按照国家规定执行 states none), nor does one inside a
// relative clause of a noun (国家出台的各项鼓励和支持…的政策措施; 依照本法负责对外贸易管理工作的部门).
import type { Modality } from '../types.ts';
import { nestingDepths, splitSegments, type SegmentSpan } from './split-clauses.ts';

export interface ModalMarker {
  modality: Modality;
  start: number;
  end: number;
}

/** Longest first where one marker starts another (鼓励和引导 before 鼓励). */
const MARKERS: ReadonlyArray<readonly [string, Modality]> = [
  ['鼓励和引导', 'ENCOURAGE'],
  ['引导和鼓励', 'ENCOURAGE'],
  ['应当', 'SHALL'],
  ['方可', 'MAY'],
  ['必须', 'SHALL'],
  ['负责', 'RESPONSIBLE'],
  ['承担', 'RESPONSIBLE'],
  ['可以', 'MAY'],
  ['支持', 'SUPPORT'],
  ['鼓励', 'ENCOURAGE'],
  ['不得', 'MUST_NOT'],
  ['禁止', 'MUST_NOT'],
];

const FIRST_CHARS = new Set([...MARKERS.map(([word]) => word[0]!), '履']);
/** Verbs whose object a following 支持/鼓励 modifies (建立支持…的工作机制). */
const OBJECT_VERBS = ['建立', '完善', '健全', '制定', '出台', '落实', '实施', '实行', '推行', '设立'];
/** What 承担 takes on when it is a duty: 承担…工作/职责/责任/事务, not 承担…费用. */
const DUTY_OBJECTS = /(职责|工作|任务|责任|事务|职能|义务)/;
/** 履行…职责 ("perform … duties"), with at most this many characters between the two words. */
const DUTY_SPAN = 40;
/** Verbs that take 支持 or 鼓励 as their object: 提供智力支持, 加大支持力度, 争取…政策支持. */
const PROVIDING_VERBS = ['提供', '给予', '予以', '争取', '获得', '得到', '加大'];
/** Verbs that may follow 支持和/鼓励和 in a verbal coordination (支持和引导). */
const COORDINATED_VERBS = ['引导', '鼓励', '支持', '推动', '促进', '保障', '帮助', '配合', '指导'];
const NEGATIONS = '未不非无没';
/** Nouns that 支持 and 鼓励 modify (鼓励类产业, 支持机制, 支持政策). */
const SUPPORT_NOUNS = ['类', '机制', '政策', '体系', '力度', '措施', '资金', '作用', '性'];
/** Nouns that 禁止 modifies (禁止期限, 禁止决定): then it is no prohibition of its own. */
const PROHIBITION_NOUNS = ['期限', '决定', '措施', '清单', '目录', '规定', '事项', '范围', '类', '性', '令'];

/** What the relative-clause test needs: where actor names start, and verbs that open a predicate. */
export interface MarkerContext {
  actorStarts: ReadonlySet<number>;
  /** Actor names as [start, end) ranges. */
  actorRanges: ReadonlyArray<readonly [number, number]>;
  predicate: readonly string[];
}

/** `segments` may be those of the whole text; by default the clause is split here. */
export function findModalMarkers(
  norm: string,
  start: number,
  end: number,
  segments: readonly SegmentSpan[] = splitSegments(norm, start, end),
  context: MarkerContext = { actorStarts: new Set(), actorRanges: [], predicate: [] },
): ModalMarker[] {
  const depths = nestingDepths(norm);
  const markers: ModalMarker[] = [];
  let i = start;
  while (i < end) {
    if (!FIRST_CHARS.has(norm[i]!)) {
      i++;
      continue;
    }
    const found = matchMarker(norm, i, end, depths, segments, context);
    if (found === null) {
      i++;
      continue;
    }
    if (found.keep) markers.push(found.marker);
    i = found.marker.end;
  }
  return markers;
}

function matchMarker(
  norm: string,
  i: number,
  end: number,
  depths: Int32Array,
  segments: readonly SegmentSpan[],
  context: MarkerContext,
): { marker: ModalMarker; keep: boolean } | null {
  const at = segments.findIndex((s) => i >= s.start && i < s.end);
  if (at === -1) return null;
  const next = segments[at + 1];
  // 破产管理人依法履行职责，办理破产相关业务时，…: the clause before a clause of time belongs to it.
  const segment: SegmentSpan = next !== undefined && segments[at]!.delimiter === '，' && next.delimiter === '，' && /[^同]时$/.test(norm.slice(next.start, next.end)) ? { ...segments[at]!, delimiter: '，', end: next.end } : segments[at]!;

  if (norm.startsWith('履行', i)) {
    const duty = norm.indexOf('职责', i + 2);
    if (duty !== -1 && duty + 2 <= segment.end && duty - i <= DUTY_SPAN) {
      const marker: ModalMarker = { modality: 'RESPONSIBLE', start: i, end: duty + 2 };
      // 为中央驻疆单位履行职责提供便利: the duty is the beneficiary's, named as a purpose.
      const purpose = norm.slice(segment.start, i).includes('为');
      return { marker, keep: !purpose && depths[i] === 0 && !isConditional(norm, segment) && !inRelativeClause(norm, marker, segment, context) };
    }
    return null;
  }

  for (const [word, modality] of MARKERS) {
    if (!norm.startsWith(word, i) || i + word.length > end) continue;
    const marker: ModalMarker = { modality, start: i, end: i + word.length };
    const keep = depths[i] === 0 && !isConditional(norm, segment) && !isNominal(norm, word, marker, segment) && !inRelativeClause(norm, marker, segment, context);
    return { marker, keep };
  }
  return null;
}

/**
 * A conditional or relative segment closed by 的 (…的，按照…执行; an item …需要限制或者禁止进口或者出口的；)
 * states a case, not a duty.
 */
export function isConditional(norm: string, segment: SegmentSpan): boolean {
  // …清单的除外: an exception states no duty either.
  const text = norm.slice(segment.start, segment.end);
  if (/(除外|以外)$/.test(text)) return true;
  // 办理破产相关业务时，…: a clause of time states a case too.
  if (segment.delimiter === '，' && /[^同]时$/.test(text)) return true;
  // 以知识产权为标的: 的 ending a word (标的, 目的) closes no condition.
  if (/(标的|目的)$/.test(text)) return false;
  return '，；。'.includes(segment.delimiter || '。') && text.endsWith('的') && text.length > 1;
}

/**
 * A marker in a relative clause: the first 的 after it (in its segment) is followed by an actor's name
 * (负责…工作的部门), or by a plain noun phrase that ends the segment (鼓励和支持…的政策措施，均适用于).
 */
function inRelativeClause(norm: string, marker: ModalMarker, segment: SegmentSpan, context: MarkerContext): boolean {
  const rest = norm.slice(marker.end, segment.end);
  const at = rest.indexOf('的');
  if (at === -1 || at === rest.length - 1 || /[、，]/.test(rest.slice(0, at))) return false;
  const after = marker.end + at + 1;
  // 负责…工作的部门: a body described by its duty (not 支持符合条件的企业, where 支持 governs the phrase).
  if (marker.modality === 'RESPONSIBLE' && context.actorStarts.has(after)) return true;
  // 各项鼓励和支持…的政策措施; 平等适用国家及本市支持发展的政策; 对于可以由…开展的行政检查: the marker stands
  // inside a noun phrase, after a determiner, a preposition or the segment's own verb.
  const lead = norm.slice(segment.start, marker.start);
  const tail = norm.slice(after, segment.end);
  if (tail.includes('的') || /[、和及与或]/.test(tail.slice(-1))) return false;
  // 对于可以由…开展的行政检查，: a topic phrase, whatever its noun.
  if (/(对于|对)$/.test(lead) && segment.delimiter === '，') return true;
  // 公布限制或者禁止进出口的货物、技术目录: a prohibition or support after the segment's own verb.
  const verbBefore = context.predicate.some((word) => word.length > 1 && lead.includes(word));
  if (!/(各项|各类|有关|相关|的)$/.test(lead) && !subjectOfRelative(norm, segment.start, marker.start, context) && !(verbBefore && marker.modality !== 'SHALL' && marker.modality !== 'MAY' && marker.modality !== 'RESPONSIBLE')) return false;
  return tail.length > 0 && !context.predicate.some((word) => tail.includes(word)) && !MARKER_WORDS.some((word) => tail.includes(word)) && (segment.delimiter === '，' || verbBefore);
}

function isNominal(norm: string, word: string, marker: ModalMarker, segment: SegmentSpan): boolean {
  const before = norm[marker.start - 1] ?? '';
  const after = marker.end < segment.end ? norm[marker.end]! : '';
  // 被禁止从事…的 is passive; 是否应当 asks whether, it does not oblige; 委托社会组织…承担… entrusts the duty to the object.
  if (before === '被' || norm.slice(marker.start - 2, marker.start) === '是否') return true;
  if ((word === '承担' || word === '负责') && /(委托|交由|聘请|指定|授权|组织)/.test(norm.slice(segment.start, marker.start))) return true;
  switch (word) {
    case '负责':
      // 分级负责的原则, 负责人, 首问负责、收件凭证等服务制度
      return after === '的' || after === '人' || after === '、' || after === '等' || after === '制';
    case '承担':
      return after === '的' || before === '所' || !DUTY_OBJECTS.test(norm.slice(marker.end, segment.end));
    case '禁止':
      // 法律、法规未明确禁止或者限制的事项
      return (
        isOneOf(before, NEGATIONS) ||
        isOneOf(norm[marker.start - 3], NEGATIONS) ||
        after === '的' ||
        after === '、' ||
        before === '的' ||
        PROHIBITION_NOUNS.some((noun) => norm.startsWith(noun, marker.end))
      );
    case '支持':
    case '鼓励':
      return isNominalSupport(norm, marker, segment, before, after);
    default:
      return false;
  }
}

function isNominalSupport(norm: string, marker: ModalMarker, segment: SegmentSpan, before: string, after: string): boolean {
  if (before === '的' || after === '的' || after === '下') return true;
  // 纠纷调解、支持诉讼等方面: an item of an enumeration; 建立支持…的工作机制: part of an object.
  if (before === '、' || OBJECT_VERBS.some((verb) => norm.startsWith(verb, marker.start - verb.length))) return true;
  // 鼓励类产业, 人才培养支持机制: a modifier of a noun.
  if (SUPPORT_NOUNS.some((noun) => norm.startsWith(noun, marker.end))) return true;
  // A verb needs an object: 支持 at the end of its segment or before 、等及 is a noun (政策支持、改革创新).
  if (after === '' || isOneOf(after, '、等及')) return true;
  // 支持和引导 is a verb, 智力支持和决策参考 a noun; 鼓励与周边国家…开展合作 introduces a partner.
  if (after === '和') return !COORDINATED_VERBS.some((verb) => norm.startsWith(verb, marker.end + 1));
  const lead = norm.slice(segment.start, marker.start);
  return PROVIDING_VERBS.some((verb) => {
    const at = lead.lastIndexOf(verb);
    return at !== -1 && lead.length - (at + verb.length) <= 12;
  });
}

/** …适用国家及本市支持…: the marker follows an actor that follows the segment's own verb. */
function subjectOfRelative(norm: string, start: number, markerStart: number, context: MarkerContext): boolean {
  // Walk back over the names right before the marker (国家及本市), then look for a verb before them.
  let runStart = markerStart;
  for (;;) {
    const range = context.actorRanges.find(([s, e]) => s >= start && s < runStart && /^(和|及|与|、|以及|或者)?$/.test(norm.slice(e, runStart)));
    if (range === undefined) break;
    runStart = range[0];
  }
  if (runStart === markerStart) return false;
  let lead = norm.slice(start, runStart);
  for (const [s, e] of context.actorRanges) if (s >= start && e <= runStart) lead = lead.slice(0, s - start) + ' '.repeat(e - s) + lead.slice(e - start);
  return context.predicate.some((word) => word.length > 1 && lead.includes(word));
}

/** `chars.includes` is true for '' — a missing neighbour is no match. */
function isOneOf(char: string | undefined, chars: string): boolean {
  return char !== undefined && char.length === 1 && chars.includes(char);
}

export const MARKER_WORDS: readonly string[] = [...MARKERS.map(([word]) => word), '履行'];

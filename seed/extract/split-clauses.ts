// Clause and segment boundaries. A clause ends at 。 or ； (or the end of the text) and keeps its final
// punctuation; a segment is the stretch between any two of ，；。：. Delimiters inside brackets,
// book-title marks or quotes do not count.

export interface ClauseSpan {
  /** 1-based position of the clause in its paragraph or item text. */
  index: number;
  start: number;
  /** Exclusive; includes the closing 。 or ；. */
  end: number;
  /** 0-based index of the 。-sentence the clause belongs to. */
  sentence: number;
}

export interface SegmentSpan {
  start: number;
  /** Exclusive, without the delimiter. */
  end: number;
  /** The delimiter that closes the segment, or '' at the end of the range. */
  delimiter: string;
}

const OPENERS = '（《“‘【〔';
const CLOSERS = '）》”’】〕';

// The same few texts are split again and again (clauses, segments, markers): remember their depths.
const depthCache = new Map<string, Int32Array>();
const DEPTH_CACHE_SIZE = 256;

/** depth[i] > 0 when text[i] lies inside brackets, book-title marks or quotes. */
export function nestingDepths(text: string): Int32Array {
  const cached = depthCache.get(text);
  if (cached !== undefined) return cached;
  if (depthCache.size >= DEPTH_CACHE_SIZE) depthCache.clear();
  const depths = computeDepths(text);
  depthCache.set(text, depths);
  return depths;
}

function computeDepths(text: string): Int32Array {
  const depths = new Int32Array(text.length);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (CLOSERS.includes(char) && depth > 0) depth--;
    depths[i] = depth;
    if (OPENERS.includes(char)) depth++;
  }
  return depths;
}

export function splitClauses(text: string): ClauseSpan[] {
  const depths = nestingDepths(text);
  const clauses: ClauseSpan[] = [];
  let start = 0;
  let sentence = 0;
  const close = (end: number, endsSentence: boolean): void => {
    if (text.slice(start, end).trim() !== '') {
      clauses.push({ index: clauses.length + 1, start, end, sentence });
    }
    start = end;
    if (endsSentence) sentence++;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (depths[i] === 0 && (char === '。' || char === '；')) close(i + 1, char === '。');
  }
  close(text.length, true);
  return clauses;
}

export function splitSegments(text: string, start: number, end: number): SegmentSpan[] {
  const depths = nestingDepths(text);
  const segments: SegmentSpan[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (depths[i] === 0 && '，；。：'.includes(char)) {
      segments.push({ start: from, end: i, delimiter: char });
      from = i + 1;
    }
  }
  if (from < end || segments.length === 0) segments.push({ start: from, end, delimiter: '' });
  return segments;
}

/** Ranges [start, end) of the text enclosed by an opener and its closer, marks excluded. */
export function enclosedRanges(text: string, opener: string, closer: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === opener) stack.push(i + 1);
    else if (text[i] === closer && stack.length > 0) {
      const from = stack.pop()!;
      if (stack.length === 0) ranges.push([from, i]);
    }
  }
  return ranges;
}

// Sentence and segment boundaries. A sentence ends at 。 (or the end of the text) and keeps it; a
// segment is the stretch between any two of ，；。：. An obligation is built from segments (one per
// segment with its own modal marker), so ； is only a segment boundary: 应当…；…；…。 is one sentence.
// Delimiters inside brackets, book-title marks or quotes do not count.

export interface TextRange {
  start: number;
  /** Exclusive. */
  end: number;
}

/** A sentence: its end includes the closing 。. */
export type SentenceSpan = TextRange;

export interface SegmentSpan {
  start: number;
  /** Exclusive, without the delimiter. */
  end: number;
  /** The delimiter that closes the segment, or '' at the end of the range. */
  delimiter: string;
}

const OPENERS = '（《“‘【〔';
const CLOSERS = '）》”’】〕';

// The same few texts are split again and again (sentences, segments, markers): remember their depths.
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

export function splitSentences(text: string): SentenceSpan[] {
  const depths = nestingDepths(text);
  const sentences: SentenceSpan[] = [];
  let start = 0;
  const close = (end: number): void => {
    if (text.slice(start, end).trim() !== '') sentences.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (depths[i] === 0 && text[i] === '。') close(i + 1);
  }
  close(text.length);
  return sentences;
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

// Where the node menu's "read" takes the reader: an obligation, paragraph or item at its clause, an article whole.
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../client/src/cy/graph-data.ts';
import { readingOf } from '../../client/src/panels/context-menu.ts';

const node = (id: string, type: string, data: Record<string, unknown>): GraphNode => ({ id, type, label: id, labelEn: null, data });
const REG = 'regulation:some-ftz-2025';

describe('readingOf', () => {
  it('opens an obligation at its item, a paragraph at its paragraph, an item at its item', () => {
    expect(readingOf(node('obligation:10-2-1-1', 'OBLIGATION', { regulation: REG, article: 10, paragraph: 2, item: 1 }))).toEqual({
      patch: { view: 'reader', article: 'article:some-ftz-2025/10', clause: { article: 10, paragraph: 2, item: 1 }, diff: null },
      whole: false,
    });
    expect(readingOf(node('obligation:12-1-0', 'OBLIGATION', { regulation: REG, article: 12, paragraph: 1 }))?.patch.clause).toEqual({ article: 12, paragraph: 1, item: null });
    expect(readingOf(node('paragraph:x', 'PARAGRAPH', { regulation: REG, article: 28, number: 2 }))?.patch.clause).toEqual({ article: 28, paragraph: 2, item: null });
    expect(readingOf(node('item:x', 'ITEM', { regulation: REG, article: 10, paragraph: 2, number: 5 }))?.patch.clause).toEqual({ article: 10, paragraph: 2, item: 5 });
  });

  it('opens an article whole by its key, and offers nothing to read for actors or a node without its regulation', () => {
    expect(readingOf(node('article:some-ftz-2025/28', 'ARTICLE', { number: 28 }))).toEqual({ patch: { view: 'reader', article: 'article:some-ftz-2025/28', clause: null, diff: null }, whole: true });
    expect(readingOf(node('actor:haiguan', 'ACTOR', { kind: 'CENTRAL_AGENCY' }))).toBeNull();
    expect(readingOf(node('obligation:1', 'OBLIGATION', { article: 10, paragraph: 2 }))).toBeNull();
  });
});

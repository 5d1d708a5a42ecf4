// Documents the regulation cites: every 《…》 title, merged across articles. The regulation's own title
// (in its promulgation notice) is not a reference.
import type { Reference } from '../types.ts';
import { normalizeScript } from './normalize-script.ts';
import { enclosedRanges } from './split-clauses.ts';
import type { TextUnit } from './text-units.ts';

export function extractReferences(units: readonly TextUnit[], ownTitle: string): Reference[] {
  const own = normalizeScript(ownTitle).replace(/\s+/g, '');
  const byTitle = new Map<string, Reference>();
  for (const unit of units) {
    for (const [start, end] of enclosedRanges(unit.norm, '《', '》')) {
      const title = unit.text.slice(start, end).replace(/\s+/g, '');
      const key = normalizeScript(title);
      if (key === '' || key === own) continue;
      const reference = byTitle.get(key) ?? { title, articles: [] };
      if (!reference.articles.includes(unit.article)) reference.articles.push(unit.article);
      byTitle.set(key, reference);
    }
  }
  return [...byTitle.values()].map((reference) => ({ ...reference, articles: reference.articles.sort((a, b) => a - b) }));
}

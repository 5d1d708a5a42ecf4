// The reader's "compare versions": what changed from the older text of a regulation to the newer, as the
// API's diff gives it — counts, the articles added, removed and amended (an amended one with both texts, what
// was struck out and put in marked), and the obligations gained and lost.
import type { ResultOf } from '../api/graphql.ts';
import type { VersionDiffQuery } from '../api/operations.ts';
import { h } from '../dom.ts';
import type { MessageKey } from '../i18n.ts';
import { articleLink, obligationItem, tr, type PanelContext } from './common.ts';
import { diffChars } from './text-diff.ts';

export type VersionDiff = ResultOf<typeof VersionDiffQuery>['diff'];
type Change = VersionDiff['articles'][number];

const KIND_LABELS: Record<Change['kind'], MessageKey> = { ADDED: 'diffAdded', REMOVED: 'diffRemoved', CHANGED: 'diffChanged', UNCHANGED: 'diffUnchanged' };

/** Of two versions (as the API lists them, oldest first), which is the older and which the newer. */
export function orderVersions(versions: readonly { key: string }[], a: string, b: string): { from: string; to: string } {
  const at = (key: string) => versions.findIndex((v) => v.key === key);
  return at(a) <= at(b) ? { from: a, to: b } : { from: b, to: a };
}

function markedText(before: string, after: string, side: 'from' | 'to'): HTMLElement {
  const runs = diffChars(before, after);
  const text = side === 'from' ? before : after;
  if (!runs) return h('blockquote', { class: 'clause-text diff-text', lang: 'zh-Hans' }, text);
  const shown = runs.filter((r) => r.op === 'same' || r.op === (side === 'from' ? 'del' : 'ins'));
  return h(
    'blockquote',
    { class: 'clause-text diff-text', lang: 'zh-Hans' },
    shown.map((r) => (r.op === 'same' ? r.text : h(r.op === 'del' ? 'del' : 'ins', {}, r.text))),
  );
}

function changeItem(ctx: PanelContext, change: Change): HTMLElement {
  const label = (a: NonNullable<Change['from']>) => articleLink(ctx, a);
  const heading = (a: Change['from']) => (a?.heading ? h('span', { class: 'toc-heading', lang: 'zh-Hans' }, a.heading) : null);
  return h(
    'li',
    { class: `diff-change diff-${change.kind.toLowerCase()}`, 'data-kind': change.kind },
    h(
      'div',
      { class: 'diff-change-head' },
      h('span', { class: `badge diff-badge diff-badge-${change.kind.toLowerCase()}` }, tr(ctx, KIND_LABELS[change.kind])),
      change.from ? label(change.from) : null,
      change.from && change.to ? h('span', { 'aria-hidden': 'true' }, '→') : null,
      change.to ? label(change.to) : null,
      heading(change.to ?? change.from),
      change.kind === 'CHANGED' ? h('span', { class: 'diff-similarity' }, tr(ctx, 'diffSimilarity', { p: Math.round(change.similarity * 100) })) : null,
    ),
    change.from && change.to
      ? h('div', { class: 'diff-columns' }, markedText(change.from.text, change.to.text, 'from'), markedText(change.from.text, change.to.text, 'to'))
      : h('blockquote', { class: 'clause-text diff-text', lang: 'zh-Hans' }, (change.to ?? change.from)?.text ?? ''),
  );
}

export function versionDiffView(ctx: PanelContext, diff: VersionDiff, close: () => void): HTMLElement {
  const dated = (r: VersionDiff['from']) => [r.title, r.effective ? `${tr(ctx, 'effective')} ${r.effective}` : r.adopted].filter(Boolean).join(' · ');
  const count = (key: MessageKey, n: number, kind: string) => h('li', { 'data-kind': kind }, h('span', { class: `badge diff-badge diff-badge-${kind}` }, tr(ctx, key)), h('strong', {}, String(n)));
  const section = (title: string, n: number, ...content: (Node | null)[]) =>
    h('section', { class: 'details-section' }, h('h3', { class: 'section-title' }, title, h('span', { class: 'count' }, String(n))), ...content);
  return h(
    'article',
    { class: 'reader-article version-diff', 'aria-labelledby': 'diff-title' },
    h(
      'header',
      { class: 'reader-header' },
      h('h2', { id: 'diff-title', class: 'reader-title' }, tr(ctx, 'diffTitle')),
      h('p', { class: 'diff-versions', lang: 'zh-Hans' }, h('span', { class: 'diff-from' }, dated(diff.from)), ' → ', h('span', { class: 'diff-to' }, dated(diff.to))),
      h(
        'ul',
        { class: 'diff-counts' },
        count('diffAdded', diff.added, 'added'),
        count('diffRemoved', diff.removed, 'removed'),
        count('diffChanged', diff.changed, 'changed'),
        count('diffUnchanged', diff.unchanged, 'unchanged'),
      ),
      h('div', { class: 'reader-actions' }, h('button', { type: 'button', class: 'button', 'data-action': 'close-diff', onclick: close }, tr(ctx, 'diffBack'))),
    ),
    section(
      tr(ctx, 'diffArticles'),
      diff.articles.length,
      diff.articles.length ? h('ol', { class: 'diff-list' }, diff.articles.map((c) => changeItem(ctx, c))) : h('p', { class: 'empty' }, tr(ctx, 'diffNoChange')),
    ),
    diff.obligationsGained.length
      ? section(tr(ctx, 'diffGained'), diff.obligationsGained.length, h('ol', { class: 'obligation-list diff-gained' }, diff.obligationsGained.map((o) => obligationItem(ctx, o))))
      : null,
    diff.obligationsLost.length
      ? section(tr(ctx, 'diffLost'), diff.obligationsLost.length, h('ol', { class: 'obligation-list diff-lost' }, diff.obligationsLost.map((o) => obligationItem(ctx, o))))
      : null,
  );
}

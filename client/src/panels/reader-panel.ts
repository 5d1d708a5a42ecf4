// The article reader: any regulation's chapter tree, and the article text with the actors and industries it
// names marked and clickable (they select the node in the graph) and each obligation underlined in its
// modality's colour. A provenance link opens it on the article's key with the clause highlighted; without an
// article in the state it opens the first article of the first selected regulation.
import { memoize } from '../api/memo.ts';
import { ArticleTextQuery, TableOfContentsQuery, VersionDiffQuery } from '../api/operations.ts';
import type { ResultOf } from '../api/graphql.ts';
import { MODALITY_LOOKS } from '../cy/palette.ts';
import { clear, h } from '../dom.ts';
import { MODALITY_LABELS } from '../i18n.ts';
import { fullName, labelOf, type LabelledClause } from '../labels.ts';
import { formatClauseRef, isModality, parseArticleKey, type ClauseRef } from '../model.ts';
import { revealNode } from '../state/store.ts';
import type { Table } from '../export/csv.ts';
import { segmentClause, type ObligationMark } from './clause-segments.ts';
import { orderVersions, versionDiffView } from './version-diff.ts';
import { chapterHeading, createRenderer, emptyState, stateLink, tr, type PanelContext, type RegulationMeta } from './common.ts';

type Toc = NonNullable<ResultOf<typeof TableOfContentsQuery>['regulation']>;
type ArticleText = NonNullable<ResultOf<typeof ArticleTextQuery>['article']>;
type Mention = ArticleText['paragraphs'][number]['mentions'][number];

export interface ReaderPanel {
  table(): Table | null;
}

export function mountReaderPanel(root: HTMLElement, ctx: PanelContext): ReaderPanel {
  const loadToc = memoize(async (key: string) => (await ctx.api.request(TableOfContentsQuery, { key })).regulation);
  const loadArticle = memoize((key: string) => ctx.api.request(ArticleTextQuery, { key }));
  const loadDiff = memoize(async (pair: { from: string; to: string }) => (await ctx.api.request(VersionDiffQuery, pair)).diff, (p) => `${p.from}>${p.to}`);
  const toc = h('nav', { class: 'reader-toc', 'aria-labelledby': 'toc-title' });
  const text = h('div', { class: 'reader-text' });
  root.replaceChildren(toc, text);
  const runToc = createRenderer(ctx, toc);
  const runText = createRenderer(ctx, text);
  let contents: Toc | null = null;
  let current: ArticleText | null = null;

  /** Opens another regulation in the reader, on its first article. */
  async function openRegulation(key: string) {
    const t = await loadToc(key);
    const first = t?.chapters[0]?.articles[0]?.key;
    if (first) ctx.store.update({ view: 'reader', article: first, clause: null });
  }

  function regulationSelect(t: Toc, catalog: readonly RegulationMeta[]): HTMLElement {
    // Every regulation in the graph, not only the selected ones: the reader opens any text.
    const select = h(
      'select',
      { id: 'reader-regulation', class: 'toc-select', lang: 'zh-Hans', onchange: (e: Event) => void openRegulation((e.target as HTMLSelectElement).value) },
      // Versions of one regulation share its title: their dates tell them apart.
      catalog.map((r) => {
        const twin = catalog.some((o) => o.key !== r.key && o.title === r.title);
        const date = r.effective ?? r.promulgated ?? r.adopted;
        return h('option', { value: r.key, selected: r.key === t.key }, twin && date ? `${r.title} · ${date}` : r.title);
      }),
    );
    return h('div', { class: 'toc-regulation' }, h('label', { for: 'reader-regulation', class: 'sr-only' }, tr(ctx, 'readerRegulation')), select);
  }

  /** With other versions of the regulation in the graph: pick one to see what changed between them. */
  function versionSelect(t: Toc): HTMLElement | null {
    const others = t.versions.filter((v) => v.key !== t.key);
    if (!others.length) return null;
    const { diff } = ctx.store.get();
    const date = (v: Toc['versions'][number]) => v.effective ?? v.promulgated ?? v.adopted;
    return h(
      'div',
      { class: 'toc-versions' },
      h('label', { for: 'reader-versions', class: 'toc-label' }, tr(ctx, 'diffWith')),
      h(
        'select',
        { id: 'reader-versions', class: 'toc-select', onchange: (e: Event) => ctx.store.update({ view: 'reader', diff: (e.target as HTMLSelectElement).value || null }) },
        h('option', { value: '', selected: diff === null }, tr(ctx, 'diffNone')),
        others.map((v) => h('option', { value: v.key, selected: v.key === diff, lang: 'zh-Hans' }, `${v.title}${date(v) ? ` · ${date(v)}` : ''}`)),
      ),
    );
  }

  function drawToc(t: Toc, catalog: readonly RegulationMeta[], article: string | null) {
    contents = t;
    const { lang } = ctx.store.get();
    clear(
      toc,
      h('h2', { class: 'panel-title', id: 'toc-title' }, tr(ctx, 'chapters')),
      catalog.length > 1 ? regulationSelect(t, catalog) : h('p', { class: 'toc-regulation', lang: 'zh-Hans' }, t.title),
      versionSelect(t),
      h(
        'ol',
        { class: 'toc-chapters' },
        t.chapters.map((chapter) =>
          h(
            'li',
            {},
            h(
              'details',
              { open: chapter.articles.some((a) => a.key === article) || article === null },
              h('summary', {}, h('span', { class: 'chapter-number' }, lang === 'en' ? chapter.labelEn : chapter.label), ' ', h('span', { lang: 'zh-Hans' }, chapter.title)),
              h(
                'ol',
                { class: 'toc-articles' },
                chapter.articles.map((a) => {
                  const link = stateLink(ctx, { article: a.key, clause: null, view: 'reader' }, lang === 'en' ? a.titleEn : a.title, { 'data-article': a.key });
                  if (a.key === article) link.setAttribute('aria-current', 'page');
                  return h('li', {}, link, a.heading ? h('span', { class: 'toc-heading', lang: 'zh-Hans' }, a.heading) : null);
                }),
              ),
            ),
          ),
        ),
      ),
    );
  }

  function clauseText(clause: LabelledClause, body: string, mentions: readonly Mention[], obligations: readonly ObligationMark[]): DocumentFragment {
    const { lang } = ctx.store.get();
    const fragment = document.createDocumentFragment();
    let group: HTMLElement | null = null;
    let groupKey: string | null = null;
    for (const segment of segmentClause(body, mentions, obligations)) {
      const key = segment.obligation?.key ?? null;
      if (key !== groupKey) {
        groupKey = key;
        const modality = segment.obligation?.modality;
        group = key && modality && isModality(modality)
          ? h('span', { class: 'obligation-span', 'data-obligation': key, 'data-modality': modality, style: `--modality:${MODALITY_LOOKS[modality].color}`, title: `${MODALITY_LABELS[modality][lang]} · ${labelOf(clause, lang)}` })
          : null;
        if (group) fragment.append(group);
      }
      const mention = segment.mention ? mentions.find((m) => m.key === segment.mention?.key && m.start === segment.mention.start) : null;
      let piece: Node = document.createTextNode(segment.text);
      if (mention) {
        const entity = mention.entity;
        const isIndustry = entity?.__typename === 'Industry';
        piece = h(
          'button',
          {
            type: 'button',
            class: `mention ${isIndustry ? 'mention-industry' : 'mention-actor'}`,
            'data-id': mention.key,
            title: entity ? fullName(entity, lang === 'en' ? 'en' : 'zh') : mention.key,
            onclick: () => ctx.store.update((s) => ({ ...revealNode(s, mention.key), view: 'graph' })),
          },
          segment.text,
        );
      }
      (group ?? fragment).append(piece);
    }
    return fragment;
  }

  /** The graph shows the selected regulations only: an article of another one joins its regulation to them. */
  async function showInGraph(a: ArticleText) {
    const scope = await ctx.scope();
    const regulations = scope.includes(a.regulation.key) ? ctx.store.get().regulations : [...scope, a.regulation.key].sort();
    ctx.store.update((s) => ({ ...revealNode(s, a.key), view: 'graph', regulations }));
  }

  function drawArticle(a: ArticleText) {
    current = a;
    const { clause, lang } = ctx.store.get();
    const highlighted = clause && clause.article === a.number ? formatClauseRef(clause) : null;
    const keys = contents?.chapters.flatMap((c) => c.articles.map((x) => x.key)) ?? [];
    const index = keys.indexOf(a.key);
    const nav = (key: string | undefined, label: string, rel: string) =>
      key === undefined || index < 0 ? h('span', {}) : stateLink(ctx, { article: key, clause: null, view: 'reader' }, label, { class: 'button button-quiet', rel });
    const clauseAttrs = (ref: ClauseRef) => {
      const id = formatClauseRef(ref);
      const on = highlighted === id;
      return { id: `clause-${id}`, 'data-clause': id, class: on ? 'clause highlight' : 'clause', 'aria-current': on ? 'true' : null, tabindex: on ? -1 : null };
    };
    clear(
      text,
      h(
        'article',
        { class: 'reader-article', 'aria-labelledby': 'reader-title', lang: 'zh-Hans' },
        h(
          'header',
          { class: 'reader-header' },
          a.chapter ? h('p', { class: 'reader-chapter' }, chapterHeading(ctx, a.chapter)) : null,
          // The text's own numbering (第二十八条) in Chinese; Article 28 in English.
          h(
            'h2',
            { id: 'reader-title', class: 'reader-title', 'data-article': String(a.number), 'data-key': a.key },
            `${lang === 'zh' ? a.numeral : a.titleEn}${a.heading ? `【${a.heading}】` : ''}`,
          ),
          h(
            'div',
            { class: 'reader-actions', lang: lang === 'en' ? 'en' : 'zh-Hans' },
            nav(keys[index - 1], '←', 'prev'),
            h('button', { type: 'button', class: 'button button-quiet', 'data-action': 'show-in-graph', onclick: () => void showInGraph(a) }, tr(ctx, 'showInGraph')),
            nav(keys[index + 1], '→', 'next'),
          ),
        ),
        ...a.paragraphs.map((p) => {
          return h(
            'section',
            { class: 'reader-paragraph' },
            h('p', clauseAttrs(p.clause), a.paragraphs.length > 1 ? h('span', { class: 'clause-number', 'aria-hidden': 'true' }, String(p.number)) : null, clauseText(p.clause, p.text, p.mentions, p.obligations)),
            p.items.length
              ? h(
                  'ol',
                  { class: 'reader-items' },
                  p.items.map((item) =>
                    h('li', clauseAttrs(item.clause), h('span', { class: 'item-marker' }, item.marker), clauseText(item.clause, item.text, item.mentions, item.obligations)),
                  ),
                )
              : null,
          );
        }),
      ),
    );
    const target = highlighted ? text.querySelector<HTMLElement>(`#clause-${highlighted}`) : null;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
    } else text.scrollTop = 0;
  }

  function render() {
    const { article } = ctx.store.get();
    void runToc(
      async () => {
        const [scope, catalog] = await Promise.all([ctx.scope(), ctx.catalog()]);
        const regulation = (article ? parseArticleKey(article)?.regulation : null) ?? scope[0] ?? null;
        return { catalog, toc: regulation ? await loadToc(regulation) : null };
      },
      ({ toc: t, catalog }) => (t ? drawToc(t, catalog, article) : ((contents = null), clear(toc))),
      render,
    ).then(() => {
      const { diff } = ctx.store.get();
      if (diff && contents && diff !== contents.key && contents.versions.some((v) => v.key === diff)) {
        current = null;
        const pair = orderVersions(contents.versions, contents.key, diff);
        return void runText(() => loadDiff(pair), (d) => clear(text, versionDiffView(ctx, d, () => ctx.store.update({ diff: null }))), render);
      }
      const key = article ?? contents?.chapters[0]?.articles[0]?.key ?? null;
      if (key === null) return clear(text, emptyState(tr(ctx, 'readerEmpty')));
      void runText(() => loadArticle(key), (r) => (r.article ? drawArticle(r.article) : clear(text, emptyState(tr(ctx, 'readerEmpty')))), render);
    });
  }

  let mounted = false;
  ctx.store.subscribe((state, previous) => {
    if (state.view !== 'reader') return;
    if (
      !mounted ||
      state.view !== previous.view ||
      state.lang !== previous.lang ||
      state.article !== previous.article ||
      state.clause !== previous.clause ||
      state.diff !== previous.diff ||
      (state.article === null && state.regulations !== previous.regulations)
    ) {
      mounted = true;
      render();
    }
  });
  if (ctx.store.get().view === 'reader') {
    mounted = true;
    render();
  }

  return {
    table: () => {
      if (!current) return null;
      const { key, number, regulation } = current;
      const rows = current.paragraphs.flatMap((p) => [
        ...p.obligations.map((o) => [o.key, regulation.key, o.modality, number, p.number, null, o.text]),
        ...p.items.flatMap((i) => i.obligations.map((o) => [o.key, regulation.key, o.modality, number, p.number, i.number, o.text])),
      ]);
      return { name: key.replace(/^article:/, 'article-'), header: ['key', 'regulation', 'modality', 'article', 'paragraph', 'item', 'text'], rows };
    },
  };
}

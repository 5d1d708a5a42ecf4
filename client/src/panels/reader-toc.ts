// The reader's table of contents: which regulation (any in the graph) and which version to compare it with,
// then its chapters with their titles and its articles, each with its heading (【…】) or, where the text gives
// none, the opening words of the article, so that 62 links are not 62 bare numbers.
import type { RegulationText, ReaderArticle } from '../api/text-operations.ts';
import { clear, h } from '../dom.ts';
import { chapterHeading, stateLink, tr, type PanelContext, type RegulationMeta } from './common.ts';

/** Past this many articles only the open article's chapter starts unfolded. */
const UNFOLD_ALL_UP_TO = 100;
const GIST_CHARS = 14;

/** The article's heading, or the first words of its text as a gist (marked as such). */
function articleGist(a: ReaderArticle): HTMLElement | null {
  if (a.heading) return h('span', { class: 'toc-heading', lang: 'zh-Hans' }, a.heading);
  const first = a.paragraphs[0]?.text.replace(/\s+/g, '') ?? '';
  if (!first) return null;
  const gist = [...first].length > GIST_CHARS ? `${[...first].slice(0, GIST_CHARS).join('')}…` : first;
  return h('span', { class: 'toc-heading toc-gist', lang: 'zh-Hans' }, gist);
}

function regulationSelect(ctx: PanelContext, doc: RegulationText, catalog: readonly RegulationMeta[], open: (key: string) => void): HTMLElement {
  // Every regulation in the graph, not only the selected ones: the reader opens any text.
  const select = h(
    'select',
    { id: 'reader-regulation', class: 'toc-select', lang: 'zh-Hans', onchange: (e: Event) => open((e.target as HTMLSelectElement).value) },
    // Versions of one regulation share its title: their dates tell them apart.
    catalog.map((r) => {
      const twin = catalog.some((o) => o.key !== r.key && o.title === r.title);
      const date = r.effective ?? r.promulgated ?? r.adopted;
      return h('option', { value: r.key, selected: r.key === doc.key }, twin && date ? `${r.title} · ${date}` : r.title);
    }),
  );
  return h('div', { class: 'toc-regulation' }, h('label', { for: 'reader-regulation', class: 'sr-only' }, tr(ctx, 'readerRegulation')), select);
}

/** With other versions of the regulation in the graph: pick one to see what changed between them. */
function versionSelect(ctx: PanelContext, doc: RegulationText): HTMLElement | null {
  const others = doc.versions.filter((v) => v.key !== doc.key);
  if (!others.length) return null;
  const { diff } = ctx.store.get();
  const date = (v: RegulationText['versions'][number]) => v.effective ?? v.promulgated ?? v.adopted;
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

export function drawToc(ctx: PanelContext, toc: HTMLElement, doc: RegulationText, catalog: readonly RegulationMeta[], current: string | null, open: (key: string) => void): void {
  const { lang } = ctx.store.get();
  const total = doc.chapters.reduce((n, c) => n + c.articles.length, 0);
  const articleList = (articles: readonly ReaderArticle[]) =>
    h(
      'ol',
      { class: 'toc-articles' },
      articles.map((a) => {
        const link = stateLink(ctx, { article: a.key, clause: null, view: 'reader', diff: null }, lang === 'en' ? a.titleEn : a.title, { 'data-article': a.key });
        if (a.key === current) link.setAttribute('aria-current', 'page');
        return h('li', {}, link, articleGist(a));
      }),
    );
  clear(
    toc,
    h('h2', { class: 'panel-title', id: 'toc-title' }, tr(ctx, 'chapters')),
    catalog.length > 1 ? regulationSelect(ctx, doc, catalog, open) : h('p', { class: 'toc-regulation', lang: 'zh-Hans' }, doc.title),
    versionSelect(ctx, doc),
    h(
      'ol',
      { class: 'toc-chapters' },
      doc.chapters.map((chapter) =>
        chapter.label
          ? h(
              'li',
              { 'data-chapter': String(chapter.number) },
              h(
                'details',
                { open: total <= UNFOLD_ALL_UP_TO || chapter.articles.some((a) => a.key === current) },
                h('summary', {}, chapterHeading(ctx, chapter)),
                articleList(chapter.articles),
              ),
            )
          : h('li', {}, articleList(chapter.articles)),
      ),
    ),
  );
}

/** Marks the article open in the reader, without drawing the contents again. */
export function markTocArticle(toc: HTMLElement, current: string | null): void {
  toc.querySelectorAll('.toc-articles a[aria-current]').forEach((a) => a.removeAttribute('aria-current'));
  const link = current ? toc.querySelector<HTMLAnchorElement>(`.toc-articles a[data-article="${CSS.escape(current)}"]`) : null;
  if (!link) return;
  link.setAttribute('aria-current', 'page');
  const details = link.closest('details');
  if (details) details.open = true;
  link.scrollIntoView({ block: 'nearest' });
}

// The reader: a regulation's whole text, continuous (reader-document.ts), beside its table of contents
// (reader-toc.ts), with a bar that stays on top naming the article open in the URL (prev / next, show in graph).
// The text is drawn once per regulation and language; moving to another article or clause of it only moves the
// marks and scrolls. A provenance link opens it at the article's key with the clause highlighted; without an
// article in the state it opens at the top of the first selected regulation. With `diff` set it shows what
// changed between two versions instead (version-diff.ts).
import { memoize } from '../api/memo.ts';
import { VersionDiffQuery } from '../api/operations.ts';
import { fetchRegulationText } from '../api/regulation-text.ts';
import type { ReaderArticle, RegulationText } from '../api/text-operations.ts';
import { clear, h } from '../dom.ts';
import { formatClauseRef, parseArticleKey } from '../model.ts';
import { changedIn, revealNode, type AppState } from '../state/store.ts';
import type { Table } from '../export/csv.ts';
import { chapterHeading, chineseOnlyNote, createRenderer, emptyState, stateLink, tr, type PanelContext } from './common.ts';
import { copyText, createToast } from './copy-citation.ts';
import { articleElementId, clauseElementId, drawDocument, type CopyCitation } from './reader-document.ts';
import { drawToc, markTocArticle } from './reader-toc.ts';
import { orderVersions, versionDiffView } from './version-diff.ts';
// The reader's and the search box's styles.
import '../reader.css';

export interface ReaderPanel {
  table(): Table | null;
}

const articlesOf = (doc: RegulationText) => doc.chapters.flatMap((c) => c.articles);

/**
 * Scrolls the pane to an element and keeps it there for a moment: articles off screen are laid out lazily
 * (content-visibility), so the first scroll goes by their estimated heights, and each article it passes takes
 * its real height a frame later. A ResizeObserver on the text sees every such change after layout and before
 * paint, and scrolls again; the researcher's own scrolling (wheel, touch, keys, a click) lets go at once.
 */
function createScroller(pane: HTMLElement, content: HTMLElement): (element: HTMLElement, block: ScrollLogicalPosition) => void {
  let pinned: { element: HTMLElement; block: ScrollLogicalPosition; until: number } | null = null;
  new ResizeObserver(() => {
    if (!pinned) return;
    if (performance.now() > pinned.until || !pinned.element.isConnected) pinned = null;
    else pinned.element.scrollIntoView({ block: pinned.block });
  }).observe(content);
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown']) pane.addEventListener(type, () => (pinned = null), { passive: true });
  return (element, block) => {
    pinned = { element, block, until: performance.now() + 1_500 };
    element.scrollIntoView({ block });
  };
}

/** Whether an element is wholly inside the scrolled pane's visible part (below its sticky bar). */
function inView(pane: HTMLElement, element: HTMLElement, top: number): boolean {
  const box = element.getBoundingClientRect();
  const view = pane.getBoundingClientRect();
  return box.top >= view.top + top && box.bottom <= view.bottom;
}

export function mountReaderPanel(root: HTMLElement, ctx: PanelContext): ReaderPanel {
  const loadText = memoize((key: string) => fetchRegulationText(ctx.api, key));
  const loadDiff = memoize(async (pair: { from: string; to: string }) => (await ctx.api.request(VersionDiffQuery, pair)).diff, (p) => `${p.from}>${p.to}`);
  const toc = h('nav', { class: 'reader-toc', 'aria-labelledby': 'toc-title' });
  const bar = h('div', { class: 'reader-bar' });
  const body = h('div', { class: 'reader-body' });
  const toast = createToast();
  const text = h('div', { class: 'reader-text' }, bar, body, toast.element);
  root.replaceChildren(toc, text);
  const runText = createRenderer(ctx, body);
  const scrollTo = createScroller(text, body);
  // What the panel shows: `regulation|lang|diff`; the same again only moves the marks.
  let drawnAs: string | null = null;
  let doc: RegulationText | null = null;
  let current: ReaderArticle | null = null;

  const copy: CopyCitation = (citation) =>
    void copyText(citation).then((ok) => toast.show(tr(ctx, ok ? 'citationCopied' : 'copyFailed', { citation }), ok ? 'ok' : 'error'));

  /** Opens another regulation in the reader, at its top. */
  async function openRegulation(key: string) {
    const d = await loadText(key);
    const first = d ? articlesOf(d)[0]?.key : undefined;
    if (first) ctx.store.update({ view: 'reader', article: first, clause: null, diff: null });
  }

  /** The graph shows the selected regulations only: an article of another one joins its regulation to them. */
  async function showInGraph(a: ReaderArticle, regulation: string) {
    const scope = await ctx.scope();
    const regulations = scope.includes(regulation) ? ctx.store.get().regulations : [...scope, regulation].sort();
    ctx.store.update((s) => ({ ...revealNode(s, a.key), view: 'graph', regulations }));
  }

  function drawBar(d: RegulationText, a: ReaderArticle) {
    const { lang } = ctx.store.get();
    const list = articlesOf(d);
    const index = list.findIndex((x) => x.key === a.key);
    const chapter = d.chapters.find((c) => c.articles.includes(a));
    const nav = (x: ReaderArticle | undefined, arrow: string, rel: string) =>
      x
        ? stateLink(ctx, { article: x.key, clause: null, view: 'reader', diff: null }, arrow, { class: 'button button-quiet', rel, 'aria-label': lang === 'en' ? x.titleEn : x.title, title: lang === 'en' ? x.titleEn : x.title })
        : h('span', { class: 'button button-quiet', 'aria-hidden': 'true' }, arrow);
    clear(
      bar,
      h(
        'div',
        { class: 'reader-actions' },
        nav(list[index - 1], '←', 'prev'),
        h(
          'span',
          { class: 'reader-current', 'aria-live': 'polite' },
          h('strong', {}, lang === 'en' ? a.titleEn : a.title),
          chapter?.label ? h('span', { class: 'reader-current-chapter' }, chapterHeading(ctx, chapter)) : null,
        ),
        chineseOnlyNote(ctx, true),
        h('button', { type: 'button', class: 'button button-quiet', 'data-action': 'show-in-graph', onclick: () => void showInGraph(a, d.key) }, tr(ctx, 'showInGraph')),
        nav(list[index + 1], '→', 'next'),
      ),
    );
  }

  /** Marks the state's article (the bar, the contents, #reader-title) and clause, and scrolls to them unless in view. */
  function focus(d: RegulationText, state: AppState) {
    const list = articlesOf(d);
    const a = list.find((x) => x.key === state.article) ?? list[0] ?? null;
    current = a;
    body.querySelector('#reader-title')?.removeAttribute('id');
    body.querySelectorAll('.reader-article-block[aria-current]').forEach((e) => e.removeAttribute('aria-current'));
    body.querySelectorAll('.clause.highlight').forEach((e) => {
      e.classList.remove('highlight');
      e.removeAttribute('aria-current');
      e.removeAttribute('tabindex');
    });
    markTocArticle(toc, a?.key ?? null);
    if (!a) return void clear(bar);
    drawBar(d, a);
    const section = body.querySelector<HTMLElement>(`#${articleElementId(a.number)}`);
    if (!section) return;
    section.setAttribute('aria-current', 'true');
    const heading = section.querySelector<HTMLElement>('.article-heading');
    if (heading) heading.id = 'reader-title';
    const clause = state.clause && state.clause.article === a.number ? section.querySelector<HTMLElement>(`#${clauseElementId(formatClauseRef(state.clause))}`) : null;
    if (clause) {
      clause.classList.add('highlight');
      clause.setAttribute('aria-current', 'true');
      clause.tabIndex = -1;
    }
    const target = clause ?? heading ?? section;
    if (inView(text, target, bar.offsetHeight)) return;
    if (clause) {
      scrollTo(clause, 'center');
      clause.focus({ preventScroll: true });
    } else if (state.article && a !== list[0]) {
      // The first article of a chapter opens under the chapter's heading.
      const chapterTitle = section.previousElementSibling;
      scrollTo(chapterTitle instanceof HTMLElement && chapterTitle.matches('.reader-chapter-title') ? chapterTitle : section, 'start');
    }
    else text.scrollTop = 0;
  }

  function render() {
    const state = ctx.store.get();
    void runText(
      async () => {
        const [scope, catalog] = await Promise.all([ctx.scope(), ctx.catalog()]);
        const key = (state.article ? parseArticleKey(state.article)?.regulation : null) ?? scope[0] ?? null;
        const d = key ? await loadText(key) : null;
        const compared = d && state.diff && state.diff !== d.key && d.versions.some((v) => v.key === state.diff) ? state.diff : null;
        const diff = d && compared ? await loadDiff(orderVersions(d.versions, d.key, compared)) : null;
        return { catalog, d, diff, as: d ? `${d.key}|${state.lang}|${compared ?? ''}` : null };
      },
      ({ catalog, d, diff, as }) => {
        doc = d;
        if (!d) {
          drawnAs = null;
          current = null;
          clear(toc);
          clear(bar);
          return void clear(body, emptyState(tr(ctx, 'readerEmpty')));
        }
        if (as !== drawnAs) {
          drawToc(ctx, toc, d, catalog, ctx.store.get().article, (key) => void openRegulation(key));
          if (diff) {
            current = null;
            bar.hidden = true;
            clear(body, versionDiffView(ctx, diff, () => ctx.store.update({ diff: null })));
            text.scrollTop = 0;
          } else {
            bar.hidden = false;
            const started = performance.now();
            clear(body, drawDocument(ctx, d, copy));
            // Building the DOM and its first layout: the cost of showing the whole text (see the browser test).
            void body.offsetHeight;
            body.dataset.renderMs = (performance.now() - started).toFixed(1);
            body.dataset.articles = String(articlesOf(d).length);
          }
          drawnAs = as;
        }
        if (!diff) focus(d, ctx.store.get());
      },
      render,
    );
  }

  let mounted = false;
  ctx.store.subscribe((state, previous) => {
    if (state.view !== 'reader') return;
    if (
      !mounted ||
      changedIn(state, previous, ['view', 'lang', 'article', 'clause', 'diff']) ||
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
      if (!current || !doc) return null;
      const { key, number } = current;
      const regulation = doc.key;
      const rows = current.paragraphs.flatMap((p) => [
        ...p.obligations.map((o) => [o.key, regulation, o.modality, number, p.number, null, o.text]),
        ...p.items.flatMap((i) => i.obligations.map((o) => [o.key, regulation, o.modality, number, p.number, i.number, o.text])),
      ]);
      return { name: key.replace(/^article:/, 'article-'), header: ['key', 'regulation', 'modality', 'article', 'paragraph', 'item', 'text'], rows };
    },
  };
}

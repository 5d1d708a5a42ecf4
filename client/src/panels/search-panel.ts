// Search with suggestions as the researcher types (Chinese or English): names and aliases of actors and
// industries match from the first character, the full text of articles and obligations from two. A WAI-ARIA
// combobox: arrows move through the suggestions, Enter picks, Escape closes.
import { SuggestQuery } from '../api/operations.ts';
import type { ResultOf } from '../api/graphql.ts';
import { NODE_LOOKS } from '../cy/palette.ts';
import { debounce, h } from '../dom.ts';
import { ACTOR_KIND_LABELS, MODALITY_LABELS, NODE_TYPE_LABELS, type Lang } from '../i18n.ts';
import { fullName, labelOf, shortName } from '../labels.ts';
import type { NodeCategory } from '../model.ts';
import { revealNode } from '../state/store.ts';
import { tr, type PanelContext } from './common.ts';

export interface Suggestion {
  key: string;
  category: NodeCategory;
  title: string;
  detail: string;
  snippet?: { text: string; start: number | null; end: number | null };
}

type SuggestResult = ResultOf<typeof SuggestQuery>;

/**
 * Suggestions in the order shown: actors, industries, then full-text hits; each key once. `regulationName`
 * names the regulation of an article or obligation hit (when several are searched; null to leave it out).
 */
export function toSuggestions(result: SuggestResult, lang: Lang, regulationName: (key: string) => string | null = () => null): Suggestion[] {
  const list: Suggestion[] = [];
  for (const { node } of result.actors.edges) {
    list.push({ key: node.key, category: node.kind, title: shortName(node, lang), detail: `${ACTOR_KIND_LABELS[node.kind][lang]} · ${fullName(node, lang === 'en' ? 'zh' : 'en')}` });
  }
  for (const { node } of result.industries.edges) {
    list.push({ key: node.key, category: 'INDUSTRY', title: shortName(node, lang), detail: `${NODE_TYPE_LABELS.INDUSTRY[lang]} · ${fullName(node, lang === 'en' ? 'zh' : 'en')}` });
  }
  for (const { node } of result.search?.edges ?? []) {
    const snippet = { text: node.snippet.text, start: node.snippet.matchStart ?? null, end: node.snippet.matchEnd ?? null };
    const where = node.regulation ? regulationName(node.regulation.key) : null;
    const detail = (text: string) => (where ? `${text} · ${where}` : text);
    if ('obligation' in node && node.obligation) {
      list.push({ key: node.key, category: 'OBLIGATION', title: labelOf(node.obligation.clause, lang), detail: detail(MODALITY_LABELS[node.obligation.modality][lang]), snippet });
    } else if ('article' in node && node.article) {
      list.push({ key: node.key, category: 'ARTICLE', title: node.article.title, detail: detail(NODE_TYPE_LABELS.ARTICLE[lang]), snippet });
    }
  }
  const seen = new Set<string>();
  return list.filter((s) => !seen.has(s.key) && seen.add(s.key));
}

function snippetView(snippet: NonNullable<Suggestion['snippet']>): HTMLElement {
  const { text, start, end } = snippet;
  if (start === null || end === null || end <= start) return h('span', { class: 'snippet' }, text);
  return h('span', { class: 'snippet' }, text.slice(0, start), h('mark', {}, text.slice(start, end)), text.slice(end));
}

export function mountSearchPanel(root: HTMLElement, ctx: PanelContext): void {
  const listId = 'search-suggestions';
  const label = h('label', { for: 'search-input', class: 'sr-only' });
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
  });
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  const status = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(label, input, list, status);

  let suggestions: Suggestion[] = [];
  let suggestionsFor = '';
  let active = -1;
  let token = 0;
  // Enter pressed before the suggestions for the typed text arrived: pick the first one when they do.
  let pickWhenReady = false;

  const relabel = () => {
    label.textContent = tr(ctx, 'searchLabel');
    input.placeholder = tr(ctx, 'searchPlaceholder');
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = list.querySelector<HTMLElement>(`#suggestion-${index}`);
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (suggestion: Suggestion | undefined) => {
    if (!suggestion) return;
    close();
    input.value = suggestion.title;
    ctx.store.update((s) => ({ ...revealNode(s, suggestion.key), view: 'graph' }));
  };

  const show = (items: Suggestion[], message: string | null) => {
    suggestions = items;
    list.replaceChildren(
      ...items.map((s, i) =>
        h(
          'li',
          {
            id: `suggestion-${i}`,
            role: 'option',
            class: 'suggestion',
            'aria-selected': 'false',
            'data-id': s.key,
            onmousedown: (event: Event) => event.preventDefault(),
            onclick: () => pick(s),
          },
          h('span', { class: 'swatch', style: `--swatch:${NODE_LOOKS[s.category].color}`, 'aria-hidden': 'true' }),
          h('span', { class: 'suggestion-text' }, h('span', { class: 'suggestion-title' }, s.title), h('span', { class: 'suggestion-detail' }, s.detail), s.snippet ? snippetView(s.snippet) : null),
        ),
      ),
      ...(message ? [h('li', { class: 'suggestion-message', role: 'presentation' }, message)] : []),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', String(items.length > 0));
    status.textContent = message ?? `${items.length}`;
    active = -1;
  };

  const query = debounce(async (text: string) => {
    const mine = ++token;
    if (!text) return close();
    try {
      const [regulations, catalog] = await Promise.all([ctx.scope(), ctx.catalog()]);
      const result = await ctx.api.request(SuggestQuery, { query: text, fullText: [...text].length >= 2, regulations });
      if (mine !== token) return;
      const name = (key: string) => (regulations.length > 1 ? (catalog.find((r) => r.key === key)?.title ?? null) : null);
      const items = toSuggestions(result, ctx.store.get().lang, name);
      suggestionsFor = text;
      if (pickWhenReady && items.length) {
        pickWhenReady = false;
        suggestions = items;
        return pick(items[0]);
      }
      pickWhenReady = false;
      show(items, items.length ? null : tr(ctx, 'searchNoResults'));
    } catch {
      if (mine === token) show([], tr(ctx, 'searchFailed'));
    }
  }, 150);

  input.addEventListener('input', () => query(input.value.trim()));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && suggestions.length) {
      list.hidden = false;
      setActive((active + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length) {
      setActive(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      if (suggestionsFor === input.value.trim() && suggestions.length) pick(suggestions[Math.max(active, 0)]);
      else if (input.value.trim()) pickWhenReady = true;
    } else if (event.key === 'Escape') {
      close();
    } else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('focus', () => {
    if (suggestions.length && input.value.trim()) show(suggestions, null);
  });

  ctx.store.subscribe((state, previous) => {
    if (state.lang !== previous.lang) relabel();
  });
  relabel();
}

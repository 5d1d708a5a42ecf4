// Search with suggestions as the researcher types (Chinese or English): clauses by number (第13条, Art. 13, 13.2),
// words in the text, short names (自贸区), single characters (税), and the names of actors and industries,
// grouped by kind (search-groups.ts). A WAI-ARIA combobox whose listbox holds one group per kind: arrows move
// through the suggestions, Enter picks, Escape closes. A clause opens the reader at it; a name selects its node.
import { SuggestQuery } from '../api/text-operations.ts';
import { NODE_LOOKS } from '../cy/palette.ts';
import { debounce, h } from '../dom.ts';
import { textLang } from '../labels.ts';
import { revealNode, type AppState } from '../state/store.ts';
import { tr, type PanelContext } from './common.ts';
import { groupSuggestions, type Suggestion, type SuggestionGroup } from './search-groups.ts';

function snippetView(snippet: NonNullable<Suggestion['snippet']>): HTMLElement {
  const { text, start, end } = snippet;
  const lang = textLang(text);
  if (start === null || end === null || end <= start) return h('span', { class: 'snippet', lang }, text);
  return h('span', { class: 'snippet', lang }, text.slice(0, start), h('mark', {}, text.slice(start, end)), text.slice(end));
}

/** What picking a suggestion does to the state: the reader at its clause (an obligation also selected), or its node. */
export function pickPatch(state: AppState, s: Suggestion): Partial<AppState> {
  if (!s.opens) return { ...revealNode(state, s.key), view: 'graph' };
  const reader: Partial<AppState> = { view: 'reader', article: s.opens.article, clause: s.opens.clause, diff: null };
  return s.kind === 'OBLIGATION' ? { ...revealNode(state, s.key), ...reader } : reader;
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
  const list = h('div', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  const status = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  root.replaceChildren(label, input, list, status);

  // The options in the order shown (group after group): what the arrows step through.
  let suggestions: Suggestion[] = [];
  let groups: SuggestionGroup[] = [];
  let suggestionsFor = '';
  let active = -1;
  let token = 0;
  // Enter pressed before the suggestions for the typed text arrived: pick the first one when they do.
  let pickWhenReady = false;
  // An IME is composing: see the composition listeners below.
  let composing = false;

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
    ctx.store.update((s) => pickPatch(s, suggestion));
    // A name shown in the graph: bring it to the middle of the view, close enough to read.
    if (ctx.store.get().view === 'graph') ctx.graph.centre(suggestion.key);
  };

  const option = (s: Suggestion, index: number) =>
    h(
      'div',
      {
        id: `suggestion-${index}`,
        role: 'option',
        class: 'suggestion',
        'aria-selected': 'false',
        'data-id': s.key,
        'data-kind': s.kind,
        'data-article': s.opens?.article ?? null,
        onmousedown: (event: Event) => event.preventDefault(),
        onclick: () => pick(s),
      },
      h('span', { class: 'swatch', style: `--swatch:${NODE_LOOKS[s.category].color}`, 'aria-hidden': 'true' }),
      h(
        'span',
        { class: 'suggestion-text' },
        h(
          'span',
          { class: 'suggestion-line' },
          h('span', { class: 'suggestion-title', lang: textLang(s.title) }, s.title),
          s.other ? h('span', { class: 'suggestion-other', lang: textLang(s.other) }, s.other) : null,
          s.detail ? h('span', { class: 'suggestion-detail' }, s.detail) : null,
          s.regulation ? h('span', { class: 'suggestion-regulation', lang: 'zh-Hans', title: s.regulation }, s.regulation) : null,
        ),
        s.snippet ? snippetView(s.snippet) : null,
      ),
    );

  const show = (next: SuggestionGroup[], message: string | null) => {
    groups = next;
    suggestions = next.flatMap((g) => g.items);
    let index = 0;
    list.replaceChildren(
      ...next.map((g) =>
        h(
          'div',
          { class: 'suggestion-group', role: 'group', 'aria-labelledby': `suggestion-group-${g.kind}`, 'data-kind': g.kind },
          h(
            'div',
            { class: 'suggestion-group-label', id: `suggestion-group-${g.kind}`, role: 'presentation' },
            g.label,
            h('span', { class: 'count' }, String(g.items.length + g.more)),
          ),
          g.items.map((s) => option(s, index++)),
          g.more ? h('div', { class: 'suggestion-more', role: 'presentation' }, tr(ctx, 'searchMore', { n: g.more })) : null,
        ),
      ),
      ...(message ? [h('div', { class: 'suggestion-message', role: 'presentation' }, message)] : []),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    status.textContent = message ?? next.map((g) => `${g.label} ${g.items.length + g.more}`).join(', ');
    active = -1;
  };

  const query = debounce(async (text: string) => {
    // A keystroke from before a composition began: the text it holds is no longer what is being typed.
    if (composing) return;
    const mine = ++token;
    if (!text) return close();
    try {
      const regulations = await ctx.scope();
      const result = await ctx.api.request(SuggestQuery, { query: text, regulations });
      if (mine !== token) return;
      const next = groupSuggestions(result, ctx.store.get().lang);
      const items = next.flatMap((g) => g.items);
      suggestionsFor = text;
      if (pickWhenReady && items.length) {
        pickWhenReady = false;
        suggestions = items;
        return pick(items[0]);
      }
      pickWhenReady = false;
      // What the list answers (tests wait on it; a slower answer to an older query never replaces it).
      list.dataset.query = text;
      show(next, items.length ? null : tr(ctx, 'searchNoResults'));
    } catch {
      if (mine !== token) return;
      list.dataset.query = text;
      show([], tr(ctx, 'searchFailed'));
    }
  }, 150);

  // While an IME composes (pinyin before its characters are chosen) nothing is asked and the value is never set:
  // the text is asked for once it is committed, and keys (Enter, arrows, Escape) belong to the IME until then.
  input.addEventListener('compositionstart', () => {
    composing = true;
    pickWhenReady = false;
    token++;
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    query(input.value.trim());
  });
  input.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    query(input.value.trim());
  });
  input.addEventListener('keydown', (event) => {
    // keyCode 229: the key went to the IME (Safari sends it for the Enter that commits, after compositionend).
    if (composing || event.isComposing || event.keyCode === 229) return;
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
    if (suggestions.length && input.value.trim()) show(groups, null);
  });

  ctx.store.subscribe((state, previous) => {
    if (state.lang === previous.lang) return;
    relabel();
    // Suggestions name their hits in the interface language: forget them, the next keystroke asks in the new one.
    close();
    suggestions = [];
    groups = [];
    suggestionsFor = '';
  });
  relabel();
}

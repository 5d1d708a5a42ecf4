// "Copy citation": the API's citation of an article, paragraph or item onto the clipboard, and a confirmation
// that shows what was copied. navigator.clipboard needs a secure context and the page's focus; where it is
// missing or refuses, a selected off-screen textarea and execCommand('copy') still work in most browsers.
import { h } from '../dom.ts';

/** Writes text to the clipboard; false when neither way worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (permissions, no focus): try the old way.
  }
  const area = h('textarea', { readonly: true, 'aria-hidden': 'true', style: 'position:fixed;top:0;left:-9999px;opacity:0' });
  area.value = text;
  document.body.append(area);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus({ preventScroll: true });
  return copied;
}

export interface Toast {
  element: HTMLElement;
  show(message: string, kind?: 'ok' | 'error'): void;
}

/** A polite live region that shows a message for a few seconds (longer for an error, which holds the text to copy by hand). */
export function createToast(): Toast {
  const element = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite', hidden: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    show(message, kind = 'ok') {
      element.textContent = message;
      element.dataset.kind = kind;
      element.hidden = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => (element.hidden = true), kind === 'ok' ? 3_000 : 10_000);
    },
  };
}

// Every menu of the page is a <details class="menu"> (export, regulation picker, the toolbar's expand options):
// one listener on the document closes the open ones on Escape and on a click outside them, and gives the focus
// back to their <summary>, so that panels that redraw their menus need no code of their own for it.

const OPEN_MENUS = 'details.menu[open]';

function triggerOf(menu: HTMLDetailsElement): HTMLElement | null {
  return menu.querySelector<HTMLElement>(':scope > summary');
}

/** Closes `menu`; the focus goes back to its trigger when it was inside the menu or nowhere (on the body). */
export function closeMenu(menu: HTMLDetailsElement): void {
  const focus = document.activeElement;
  menu.open = false;
  if (!focus || focus === document.body || menu.contains(focus)) triggerOf(menu)?.focus({ preventScroll: true });
}

export function installMenuClosing(doc: Document = document): void {
  doc.addEventListener('keydown', (event) => {
    // Escape while an IME is composing cancels the composition, not the menu.
    if (event.key !== 'Escape' || event.isComposing) return;
    const open = [...doc.querySelectorAll<HTMLDetailsElement>(OPEN_MENUS)];
    if (!open.length) return;
    // The innermost open menu holding the focus, else every open one (the focus may be on the graph).
    const target = event.target instanceof Node ? open.filter((m) => m.contains(event.target as Node)) : [];
    for (const menu of target.length ? target.slice(-1) : open) closeMenu(menu);
    event.preventDefault();
    event.stopPropagation();
  });
  // On pointerdown, not click: a drag that starts outside (panning the graph) closes the menu too.
  doc.addEventListener('pointerdown', (event) => {
    const target = event.target instanceof Node ? event.target : null;
    for (const menu of doc.querySelectorAll<HTMLDetailsElement>(OPEN_MENUS)) {
      if (target && menu.contains(target)) continue;
      menu.open = false;
      // The pressed element takes the focus if it can; if it cannot, the focus comes back to the trigger.
      requestAnimationFrame(() => {
        const focus = doc.activeElement;
        if (!focus || focus === doc.body || menu.contains(focus)) triggerOf(menu)?.focus({ preventScroll: true });
      });
    }
  });
}

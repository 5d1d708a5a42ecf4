/**
 * WCAG contrast of what a page shows, measured in the page: lowContrast must hold everything it uses, since
 * Playwright sends only its source.
 */
import type { Page } from 'playwright-core';

/** The elements of `page` whose text falls short of WCAG AA contrast. */
export async function contrastOffenders(page: Page): Promise<Offender[]> {
  // Compiled with esbuild's keepNames (as tsx does), the inner functions call __name(), which the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(lowContrast);
}

export interface Offender {
  where: string;
  text: string;
  color: string;
  background: string;
  ratio: number;
  needed: number;
}

/**
 * Runs in the page. Every visible element holding text of its own, and every control, with the ratio of its
 * text colour to the background it is drawn on: the first opaque background among it and its ancestors, with
 * the translucent ones above it blended in, and the opacity of the element and its ancestors applied to the text.
 */
export function lowContrast(): Offender[] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  // The canvas reads every CSS colour syntax (rgb, color(srgb …) from color-mix, oklab …) as sRGB bytes.
  const rgba = (css: string): [number, number, number, number] => {
    g.clearRect(0, 0, 1, 1);
    g.fillStyle = '#000';
    g.fillStyle = css;
    g.fillRect(0, 0, 1, 1);
    const [r, gr, b, a] = g.getImageData(0, 0, 1, 1).data;
    return [r!, gr!, b!, a! / 255];
  };
  const over = (top: [number, number, number, number], below: [number, number, number]): [number, number, number] =>
    [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])) as [number, number, number];
  const luminance = (c: [number, number, number]) => {
    const [r, gg, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * gg! + 0.0722 * b!;
  };
  const ratio = (a: [number, number, number], b: [number, number, number]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const hex = (c: [number, number, number]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const backgroundOf = (el: Element): [number, number, number] => {
    const layers: [number, number, number, number][] = [];
    for (let at: Element | null = el; at; at = at.parentElement) {
      const layer = rgba(getComputedStyle(at).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] >= 1) break;
    }
    let colour: [number, number, number] = [255, 255, 255];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const opacityOf = (el: Element) => {
    let opacity = 1;
    for (let at: Element | null = el; at; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
    return opacity;
  };
  const where = (el: Element) => {
    const parts: string[] = [];
    for (let at: Element | null = el; at && parts.length < 3 && at !== document.body; at = at.parentElement) {
      const cls = [...at.classList].slice(0, 2).join('.');
      parts.unshift(`${at.tagName.toLowerCase()}${at.id ? `#${at.id}` : ''}${cls ? `.${cls}` : ''}`);
    }
    return parts.join(' > ');
  };
  const CONTROLS = 'button, input:not([type=checkbox]):not([type=radio]), select, summary, textarea, a';
  const candidates = [...document.querySelectorAll('body *')].filter(
    (el) => el.matches(CONTROLS) || [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
  );
  const offenders: Offender[] = [];
  for (const el of candidates) {
    if (el.closest('svg, noscript, .sr-only, .skip-link, canvas')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1 || !el.checkVisibility({ visibilityProperty: true })) continue;
    const style = getComputedStyle(el);
    const input = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el : null;
    // An empty box shows its placeholder; a control with no text of its own (an icon button) is left to its label.
    const placeholder = input && !input.value && input.placeholder ? getComputedStyle(input, '::placeholder').color : null;
    const text = input ? input.value || input.placeholder : (el.textContent ?? '').trim();
    if (!text) continue;
    const fg = rgba(placeholder ?? style.color);
    const bg = backgroundOf(el);
    const shown = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const r = ratio(shown, bg);
    if (r < needed) offenders.push({ where: where(el), text: text.slice(0, 24), color: hex(shown), background: hex(bg), ratio: Math.round(r * 100) / 100, needed });
  }
  return offenders;
}


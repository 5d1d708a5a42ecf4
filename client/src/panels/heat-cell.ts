// The shade of a heat-map cell and the ink its count is written in: white on the dark shades, black on the
// light ones, whichever reads better on that very shade (a light hue such as 鼓励's green stays light even
// at full heat, where a fixed heat threshold put white on it at 2.2:1).

const WHITE = '#ffffff';
// Black rather than the page's ink (#1f2933): between them, white and black reach 4.58:1 on any shade.
const INK = '#000000';

type Rgb = [number, number, number];

const rgbOf = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

function luminance([r, g, b]: Rgb): number {
  const linear = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `color` mixed with white, `heat` (0–1) of it: what CSS `color-mix(in srgb, color heat%, white)` draws. */
export function shadeOf(color: string, heat: number): string {
  return `#${rgbOf(color)
    .map((v) => Math.round(v * heat + 255 * (1 - heat)).toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The ink that reads best on `background`. */
export function inkOn(background: string): string {
  return contrastRatio(WHITE, background) > contrastRatio(INK, background) ? WHITE : INK;
}

/** The inline style of a count cell: its heat and modality (the CSS shades it) and the ink for that shade. */
export function heatCellStyle(heat: number, color: string): string {
  return `--heat:${heat.toFixed(3)};--modality:${color};--cell-ink:${inkOn(shadeOf(color, Number(heat.toFixed(3))))}`;
}

import { describe, expect, it } from 'vitest';
import { MODALITY_LOOKS } from '../../client/src/cy/palette.ts';
import { contrastRatio, heatCellStyle, inkOn, shadeOf } from '../../client/src/panels/heat-cell.ts';

describe('heat-map cell ink', () => {
  it('mixes with white as color-mix in srgb does', () => {
    expect(shadeOf('#000000', 0.5)).toBe('#808080');
    expect(shadeOf('#2f8b80', 0)).toBe('#ffffff');
    expect(shadeOf('#2f8b80', 1)).toBe('#2f8b80');
  });

  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#a4abb4', '#ffffff')).toBeCloseTo(2.32, 2);
  });

  it('writes every count of every modality at every heat with at least 4.5:1', () => {
    for (const [modality, { color }] of Object.entries(MODALITY_LOOKS)) {
      for (let heat = 0.12; heat <= 0.9; heat += 0.01) {
        const shade = shadeOf(color, heat);
        expect(contrastRatio(inkOn(shade), shade), `${modality} at ${heat.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('puts white on a dark shade and ink on a light one', () => {
    expect(inkOn('#1f4fa3')).toBe('#ffffff');
    expect(inkOn(shadeOf(MODALITY_LOOKS.ENCOURAGE.color, 0.9))).toBe('#000000');
    expect(heatCellStyle(0.9, MODALITY_LOOKS.RESPONSIBLE.color)).toBe('--heat:0.900;--modality:#1f4fa3;--cell-ink:#ffffff');
  });
});

import type ExcelJS from 'exceljs';

/** ExcelJS colours are `AARRGGBB` (sometimes `RRGGBB`); the grid and plans use `#RRGGBB`. */
export function argbToHex(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== 'string') return undefined; // theme and indexed colours are left undefined
  const m = /^(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})$/.exec(argb);
  return m ? `#${m[1].toUpperCase()}` : undefined;
}

export function hexToArgb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

export const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

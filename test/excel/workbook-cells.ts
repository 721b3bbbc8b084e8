import type { CellValue, WorkbookGrid } from '../../src/engine/grid';
import { toA1 } from '../../src/engine/grid';

export interface SeenCell {
  value: CellValue;
  fill?: string;
  font?: string;
  formula?: true;
}

/**
 * What a user sees in each non-empty cell, by `Sheet!A1`: value, fill, font colour, formula or not.
 * Black fonts count as automatic (Office.js reports automatic as black), colours compare in capitals,
 * and an empty string is a blank (the file writer can store '' in a cell; Excel cannot).
 */
export function seenCells(grid: WorkbookGrid): Record<string, SeenCell> {
  const out: Record<string, SeenCell> = {};
  for (const s of grid.sheets) {
    const rows = Math.max(s.values.length, s.fills?.length ?? 0, s.fontColors?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const width = Math.max(s.values[r]?.length ?? 0, s.fills?.[r]?.length ?? 0, s.fontColors?.[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const raw = s.values[r]?.[c] ?? null;
        const value = raw === '' ? null : raw;
        const fill = s.fills?.[r]?.[c]?.toUpperCase();
        const fontRaw = s.fontColors?.[r]?.[c]?.toUpperCase();
        const font = fontRaw === '#000000' ? undefined : fontRaw;
        const formula = s.formulas?.[r]?.[c] === true;
        if (value === null && !fill && !font && !formula) continue;
        const cell: SeenCell = { value };
        if (fill) cell.fill = fill;
        if (font) cell.font = font;
        if (formula) cell.formula = true;
        out[`${s.name}!${toA1(r, c)}`] = cell;
      }
    }
  }
  return out;
}

/** Sheet names with their visibility, in tab order. */
export function sheetList(grid: WorkbookGrid): string[] {
  return grid.sheets.map((s) => `${s.name} (${s.visibility})`);
}

import { columnLetters, sheetWidth, type SheetGrid, type WorkbookGrid } from '../engine/grid';
import { displayValue } from './display-value';

export interface SheetViewProps {
  grid: WorkbookGrid;
  /** The sheet shown. */
  viewing: string;
  /** Excel's active sheet. */
  active: string | null;
  /** Selection on the viewed sheet, e.g. `K12`. */
  selection: string | undefined;
  onView(sheet: string): void;
}

const MAX_ROWS = 400;
const MAX_COLUMNS = 40;

function tabLabel(sheet: SheetGrid, active: string | null): string {
  const notes = [sheet.name === active ? 'active' : '', sheet.visibility === 'hidden' ? 'hidden' : sheet.visibility === 'veryHidden' ? 'very hidden' : ''].filter(Boolean);
  return notes.length ? `${sheet.name} (${notes.join(', ')})` : sheet.name;
}

/** The harness's stand-in for Excel's grid: values, fills and font colours of one sheet, and the selection. */
export function SheetView(props: SheetViewProps) {
  const sheet = props.grid.sheets.find((s) => s.name === props.viewing) ?? props.grid.sheets[0];
  const rows = Math.min(sheet?.values.length ?? 0, MAX_ROWS);
  const columns = Math.min(sheet ? sheetWidth(sheet) : 0, MAX_COLUMNS);
  const hiddenRows = new Set(sheet?.hiddenRows ?? []);
  return (
    <section className="sheet-view" aria-label="Sheet view" data-testid="sheet-view">
      <div className="sheet-tabs" role="group" aria-label="Sheets">
        {props.grid.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            aria-pressed={s.name === sheet?.name}
            className={s.name === sheet?.name ? 'tab current' : 'tab'}
            onClick={() => props.onView(s.name)}
            data-sheet={s.name}
          >
            {tabLabel(s, props.active)}
          </button>
        ))}
      </div>
      <p className="status" data-testid="selection" data-sheet={sheet?.name} data-address={props.selection ?? ''}>
        {sheet ? `Viewing ${sheet.name}. Selected cell: ${props.selection ?? 'none'}` : 'No workbook loaded.'}
      </p>
      {sheet && (
        // Focusable so keyboard users can scroll a sheet wider than the window.
        <div className="grid-scroll" tabIndex={0} role="region" aria-label={`${sheet.name} cells, scrollable`}>
          <table className="grid" aria-label={`Cells of ${sheet.name}`} data-testid="sheet-grid">
            <thead>
              <tr>
                <th scope="col" aria-label="Row" />
                {Array.from({ length: columns }, (_, c) => (
                  <th key={c} scope="col">
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => (
                <tr key={r} className={hiddenRows.has(r) ? 'hidden-row' : undefined}>
                  <th scope="row">
                    {r + 1}
                    {hiddenRows.has(r) ? ' (hidden)' : ''}
                  </th>
                  {Array.from({ length: columns }, (_, c) => {
                    const address = `${columnLetters(c)}${r + 1}`;
                    const fill = sheet.fills?.[r]?.[c];
                    const font = sheet.fontColors?.[r]?.[c];
                    const selected = props.selection === address;
                    return (
                      <td
                        key={c}
                        data-address={address}
                        data-fill={fill ?? ''}
                        data-selected={selected ? 'true' : undefined}
                        className={selected ? 'selected' : undefined}
                        style={{ backgroundColor: fill, color: font }}
                      >
                        {displayValue(sheet.values[r]?.[c] ?? null, sheet.numberFormats?.[r]?.[c])}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {(sheet.values.length > MAX_ROWS || sheetWidth(sheet) > MAX_COLUMNS) && (
            <p className="status">
              Showing the first {MAX_ROWS} rows and {MAX_COLUMNS} columns.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

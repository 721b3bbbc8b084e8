/**
 * The names the add-in gives its charts on its own sheets: `ScorecardRater_chart`, then
 * `ScorecardRater_chart_2`, … Excel's `Chart.name` is the drawing's `cNvPr` name, so both adapters
 * find the add-in's charts by it on a later run, replace only those, and leave an analyst's own alone.
 */
export const OWN_CHART_NAME = 'ScorecardRater_chart';

/** The name of the plan's i-th chart (0-based) on a sheet. */
export function ownChartName(i: number): string {
  return i === 0 ? OWN_CHART_NAME : `${OWN_CHART_NAME}_${i + 1}`;
}

export function isOwnChartName(name: string): boolean {
  return name === OWN_CHART_NAME || name.startsWith(`${OWN_CHART_NAME}_`);
}

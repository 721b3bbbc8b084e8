/** A defined name's reference to a sheet's first cell: `='RAG Summary'!$A$1` (the add-in's own-sheet markers). */
export function markerReference(sheet: string): string {
  return `='${sheet.replace(/'/g, "''")}'!$A$1`;
}

/** `='RAG Summary'!$A$1` → sheet and address; null for `#REF!` or anything that is not one range. */
export function parseNameReference(formula: string): { sheet: string; address: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(formula.trim());
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), address: m[3].replace(/\$/g, '') };
}

/** A division row as the tree query returns it, parents before children. */
export interface DivisionTreeRow {
  code: string
  admin_code: string | null
  name: string
  level: string
  parent_code: string | null
}

export interface DivisionNode extends DivisionTreeRow {
  children: DivisionNode[]
}

/**
 * Nests rows (parents listed before children) into a tree; rows whose parent is absent become roots.
 * @example buildDivisionTree([{ code: 'a', parent_code: null, … }, { code: 'b', parent_code: 'a', … }])
 * // = [{ code: 'a', children: [{ code: 'b', children: [] }] }]
 */
export function buildDivisionTree(rows: readonly DivisionTreeRow[]): DivisionNode[] {
  const byCode = new Map<string, DivisionNode>()
  const roots: DivisionNode[] = []
  for (const row of rows) {
    const node: DivisionNode = { ...row, children: [] }
    byCode.set(row.code, node)
    const parent = row.parent_code ? byCode.get(row.parent_code) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** A directed edge between two vertex ids. */
export type Edge = readonly [number, number];

/**
 * Merges faces by cancelling every pair of opposite directed edges (a→b with b→a): what is left is the
 * boundary of the union. Exact, because it compares vertex ids, not coordinates.
 * @param edges - directed edges of CCW outer / CW hole rings
 * @returns the edges without a partner, in input order
 * @throws Error when the same directed edge occurs twice (two faces overlap)
 * @example
 * cancelOppositeEdges([[1, 2], [2, 3], [3, 1], [2, 1], [1, 4], [4, 2]]) // = [[2, 3], [3, 1], [1, 4], [4, 2]]
 */
export function cancelOppositeEdges(edges: readonly Edge[]): Edge[] {
  const seen = new Set<string>();
  for (const [a, b] of edges) {
    const key = `${a},${b}`;
    if (seen.has(key)) throw new Error(`cancelOppositeEdges: directed edge ${key} occurs twice, so two faces overlap`);
    seen.add(key);
  }
  return edges.filter(([a, b]) => !seen.has(`${b},${a}`));
}

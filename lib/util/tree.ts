// Rows with a parent id → a forest, in row order. Rows whose parent is missing become
// roots rather than vanishing.
export function buildTree<R extends { id: number; parentId: number | null }, N extends { children: N[] }>(rows: readonly R[], toNode: (row: R) => N): N[] {
  const nodes = new Map<number, N>();
  for (const r of rows) nodes.set(r.id, toNode(r));
  const roots: N[] = [];
  for (const r of rows) {
    const parent = r.parentId === null ? undefined : nodes.get(r.parentId);
    (parent ? parent.children : roots).push(nodes.get(r.id)!);
  }
  return roots;
}

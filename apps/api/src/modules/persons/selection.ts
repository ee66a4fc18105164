import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The fields of `selection` named `name` (through fragments and inline fragments), or `null` when the answer depends
 * on a directive (`@include`, `@skip`…): the caller then cannot tell whether they will be resolved.
 */
function fieldsNamed(
  info: GraphQLResolveInfo,
  selection: SelectionSetNode | undefined,
  name: string,
): FieldNode[] | null {
  const out: FieldNode[] = [];
  for (const s of selection?.selections ?? []) {
    if (s.directives?.length) return null;
    if (s.kind === 'Field') {
      if (s.name.value === name) out.push(s);
      continue;
    }
    const set = s.kind === 'InlineFragment' ? s.selectionSet : info.fragments[s.name.value]?.selectionSet;
    const inner = fieldsNamed(info, set, name);
    if (inner === null) return null;
    out.push(...inner);
  }
  return out;
}

/**
 * Whether a connection field's selection surely asks, in `edges { node { … } }`, for one of `names` (directly, through
 * fragments, under any alias): a list resolver may then prepare those fields for the whole page. False when unsure.
 */
export function selectsUnderEdgesNode(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  for (const field of info.fieldNodes) {
    if (field.directives?.length) return false;
    const edges = fieldsNamed(info, field.selectionSet, 'edges');
    if (edges === null) return false;
    for (const edge of edges) {
      const nodes = fieldsNamed(info, edge.selectionSet, 'node');
      if (nodes === null) return false;
      for (const node of nodes)
        for (const name of names) {
          const found = fieldsNamed(info, node.selectionSet, name);
          if (found === null) return false;
          if (found.length) return true;
        }
    }
  }
  return false;
}

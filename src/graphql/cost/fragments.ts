import type { DocumentNode, FieldNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';

export type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

export function fragmentsOf(document: DocumentNode): Fragments {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

/**
 * The fields a selection set gathers once its inline fragments and fragment
 * spreads are expanded, whatever their type conditions (this schema has no
 * interfaces or unions). A fragment already being expanded (a cycle, which
 * validation reports) adds nothing. Only call it on documents whose size
 * checkDocumentShape has bounded.
 */
export function gatheredFields(
  set: SelectionSetNode,
  fragments: Fragments,
  expanding: ReadonlySet<string> = new Set(),
): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return gatheredFields(selection.selectionSet, fragments, expanding);
    }
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || expanding.has(name)) return [];
    return gatheredFields(fragment.selectionSet, fragments, new Set([...expanding, name]));
  });
}

import type { DocumentNode, FieldNode, SelectionSetNode } from 'graphql';
import { Kind } from 'graphql';
import type { Fragments } from './fragments';
import { fragmentsOf, gatheredFields } from './fragments';

export interface ShapeLimits {
  readonly aliases: number;
  readonly fieldsPerSelection: number;
  readonly fieldsPerDefinition: number;
  readonly fieldComparisons: number;
}

export interface ShapeViolation {
  readonly limit: keyof ShapeLimits;
  readonly allowed: number;
  readonly found: number;
}

interface SetSize {
  /** Fields gathered into this very set, fragments expanded: what validation compares pairwise. */
  readonly gathered: number;
  /** Fields in the set and below it, fragments expanded wherever they are spread. */
  readonly fields: number;
  readonly aliases: number;
}

const EMPTY: SetSize = { gathered: 0, fields: 0, aliases: 0 };

function add(a: SetSize, b: SetSize): SetSize {
  return {
    gathered: a.gathered + b.gathered,
    fields: a.fields + b.fields,
    aliases: a.aliases + b.aliases,
  };
}

/**
 * Measures every selection set once (memoised, so a fragment spread a
 * thousand times costs one visit), in time linear in the document: safe to
 * run on any document the parser accepted, before validation.
 */
class ShapeMeasure {
  private readonly sizes = new Map<SelectionSetNode, SetSize>();
  private readonly expanding = new Set<string>();
  widest = 0;

  constructor(private readonly fragments: Fragments) {}

  measure(set: SelectionSetNode): SetSize {
    const known = this.sizes.get(set);
    if (known) return known;
    let size = EMPTY;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? this.measure(selection.selectionSet) : EMPTY;
        size = add(size, {
          gathered: 1,
          fields: 1 + below.fields,
          aliases: (selection.alias ? 1 : 0) + below.aliases,
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        size = add(size, this.measure(selection.selectionSet));
      } else {
        size = add(size, this.spread(selection.name.value));
      }
    }
    this.widest = Math.max(this.widest, size.gathered);
    this.sizes.set(set, size);
    return size;
  }

  private spread(name: string): SetSize {
    const fragment = this.fragments.get(name);
    // A cycle is reported by validation (NoFragmentCyclesRule); it adds nothing here.
    if (!fragment || this.expanding.has(name)) return EMPTY;
    this.expanding.add(name);
    try {
      return this.measure(fragment.selectionSet);
    } finally {
      this.expanding.delete(name);
    }
  }
}

/**
 * How many field comparisons graphql-js's OverlappingFieldsCanBeMergedRule
 * makes, about: fields sharing a response name are compared pairwise, and
 * their sub-selections, merged, are compared the same way one level down.
 * Ten `entity` fields each holding ten `relations` each holding eight
 * fields stay under the other caps, yet cost 650,000 comparisons (0.7 s
 * here). Linear in the fields it is given.
 */
function fieldComparisons(fields: readonly FieldNode[], fragments: Fragments): number {
  const byResponseName = new Map<string, FieldNode[]>();
  for (const field of fields) {
    const name = (field.alias ?? field.name).value;
    const group = byResponseName.get(name);
    if (group) group.push(field);
    else byResponseName.set(name, [field]);
  }
  let comparisons = 0;
  for (const group of byResponseName.values()) {
    comparisons += group.length * group.length;
    const below = group.flatMap((field) =>
      field.selectionSet ? gatheredFields(field.selectionSet, fragments) : [],
    );
    if (below.length > 0) comparisons += fieldComparisons(below, fragments);
  }
  return comparisons;
}

/**
 * The first limit the document breaks, or null. Every definition counts,
 * fragments included, because validation visits each of them, used or not.
 */
export function checkDocumentShape(
  document: DocumentNode,
  limits: ShapeLimits,
): ShapeViolation | null {
  const fragments = fragmentsOf(document);
  const measure = new ShapeMeasure(fragments);
  let fields = 0;
  let aliases = 0;
  for (const definition of document.definitions) {
    if ('selectionSet' in definition && definition.selectionSet) {
      const size = measure.measure(definition.selectionSet);
      fields = Math.max(fields, size.fields);
      aliases = Math.max(aliases, size.aliases);
    }
  }
  if (measure.widest > limits.fieldsPerSelection) {
    return {
      limit: 'fieldsPerSelection',
      allowed: limits.fieldsPerSelection,
      found: measure.widest,
    };
  }
  if (aliases > limits.aliases)
    return { limit: 'aliases', allowed: limits.aliases, found: aliases };
  if (fields > limits.fieldsPerDefinition) {
    return { limit: 'fieldsPerDefinition', allowed: limits.fieldsPerDefinition, found: fields };
  }
  // Only now is every definition's expansion small enough to walk field by field.
  let comparisons = 0;
  for (const definition of document.definitions) {
    if ('selectionSet' in definition && definition.selectionSet) {
      const gathered = gatheredFields(definition.selectionSet, fragments);
      comparisons = Math.max(comparisons, fieldComparisons(gathered, fragments));
    }
  }
  if (comparisons > limits.fieldComparisons) {
    return { limit: 'fieldComparisons', allowed: limits.fieldComparisons, found: comparisons };
  }
  return null;
}

import type {
  FieldNode,
  GraphQLField,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';
import { getNamedType, isObjectType, SchemaMetaFieldDef, TypeMetaFieldDef } from 'graphql';
import { fieldArgs } from './field-args';
import type { Fragments } from './fragments';
import { gatheredFields } from './fragments';

/**
 * The exact number of objects an introspection field (`__schema`, `__type`)
 * will return. The schema is small and fixed, so rather than guess list
 * sizes this runs graphql-js's own introspection resolvers over it without
 * building the answer, memoised per (schema element, selection set): the
 * IDE's introspection query costs what it returns, and a query that nests
 * `fields { type { fields { … } } }` to blow the answer up costs that too.
 */
export class IntrospectionCost {
  private readonly memo = new Map<unknown, Map<SelectionSetNode, number>>();
  private readonly info: GraphQLResolveInfo;

  constructor(
    schema: GraphQLSchema,
    private readonly fragments: Fragments,
    private readonly variables: Record<string, unknown>,
  ) {
    // Introspection resolvers read only the schema from `info`.
    this.info = { schema } as GraphQLResolveInfo;
  }

  /** The cost of a root field `__schema` or `__type`. */
  rootField(node: FieldNode): number {
    const definition = node.name.value === '__schema' ? SchemaMetaFieldDef : TypeMetaFieldDef;
    return this.field(definition, node, undefined);
  }

  private field(
    definition: GraphQLField<unknown, unknown>,
    node: FieldNode,
    source: unknown,
  ): number {
    const type = getNamedType(definition.type);
    if (!node.selectionSet || !isObjectType(type) || !definition.resolve) return 0;
    const args = fieldArgs(definition, node, this.variables);
    const value: unknown = definition.resolve(source, args, undefined, this.info);
    const items: unknown[] = value == null ? [] : Array.isArray(value) ? value : [value];
    let cost = 0;
    for (const item of items) cost += 1 + this.set(node.selectionSet, type, item);
    return cost;
  }

  private set(set: SelectionSetNode, type: GraphQLObjectType, source: unknown): number {
    const bySet = this.memo.get(source) ?? new Map<SelectionSetNode, number>();
    this.memo.set(source, bySet);
    const known = bySet.get(set);
    if (known !== undefined) return known;
    let cost = 0;
    for (const node of gatheredFields(set, this.fragments)) {
      const definition = type.getFields()[node.name.value];
      if (definition) cost += this.field(definition, node, source);
    }
    bySet.set(set, cost);
    return cost;
  }
}

import type {
  DocumentNode,
  FieldNode,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  isObjectType,
} from 'graphql';
import { fieldArgs, variablesWithDefaults } from './field-args';
import type { Fragments } from './fragments';
import { fragmentsOf, gatheredFields } from './fragments';
import { IntrospectionCost } from './introspection-cost';
import type { FieldArgs } from './list-bounds';
import { listBound, walkCost } from './list-bounds';

export interface CostEstimate {
  /** The most the operation can cost. */
  readonly estimated: number;
  /** The part spent on introspection, exact (it does not depend on the data). */
  readonly introspection: number;
}

/**
 * The static cost of an operation: how many objects its answer can hold
 * (each list field counts its page size times one plus the cost of its
 * children; leaves are free), plus the store work of graph walks (see
 * walkCost). The same unit as the `actual` cost the server counts while it
 * resolves. Read from the parsed document and the variables, before
 * validation: fields the schema does not have cost nothing here and are
 * refused by validation after.
 *
 * Counting after the fashion of graphql-query-complexity's
 * `limit * (1 + childComplexity)` and of @neo4j/graphql's page-size
 * multipliers; written for this schema.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>>,
): CostEstimate | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null; // Apollo reports the missing or ambiguous operation.
  return new CostWalk(schema, document, operation, variables).run(operation);
}

/** Only run on documents checkDocumentShape has passed: their expanded size is bounded. */
class CostWalk {
  private readonly fragments: Fragments;
  private readonly variables: Record<string, unknown>;
  private readonly introspection: IntrospectionCost;
  private introspectionSpent = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    given: Readonly<Record<string, unknown>>,
  ) {
    this.fragments = fragmentsOf(document);
    this.variables = variablesWithDefaults(operation, given);
    this.introspection = new IntrospectionCost(schema, this.fragments, this.variables);
  }

  run(operation: OperationDefinitionNode): CostEstimate {
    const root = this.schema.getRootType(operation.operation);
    const estimated = root ? this.set(operation.selectionSet, root, {}) : 0;
    return {
      estimated: Math.min(estimated, Number.MAX_SAFE_INTEGER),
      introspection: this.introspectionSpent,
    };
  }

  private set(set: SelectionSetNode, type: GraphQLNamedType, parentArgs: FieldArgs): number {
    let cost = 0;
    for (const node of gatheredFields(set, this.fragments)) {
      cost += this.field(node, type, parentArgs);
    }
    return cost;
  }

  private field(node: FieldNode, parentType: GraphQLNamedType, parentArgs: FieldArgs): number {
    const name = node.name.value;
    if (name === '__schema' || name === '__type') {
      const cost = this.introspection.rootField(node);
      this.introspectionSpent += cost;
      return cost;
    }
    const definition = isObjectType(parentType) ? parentType.getFields()[name] : undefined;
    if (!definition || !node.selectionSet) return 0;
    const type = getNamedType(definition.type);
    if (!isCompositeType(type)) return 0;
    const args = fieldArgs(definition, node, this.variables);
    const items = isListType(getNullableType(definition.type))
      ? listBound(parentType.name, name, args, parentArgs, type)
      : 1;
    const each = 1 + this.set(node.selectionSet, type, args);
    return walkCost(parentType.name, name, args) + items * each;
  }
}

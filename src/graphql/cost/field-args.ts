import type { FieldNode, GraphQLField, OperationDefinitionNode, ValueNode } from 'graphql';
import { Kind } from 'graphql';
import type { FieldArgs } from './list-bounds';

/** The variables of one request, with the operation's own defaults filled in. */
export function variablesWithDefaults(
  operation: OperationDefinitionNode,
  given: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    variables[name] = name in given ? given[name] : literal(definition.defaultValue, variables);
  }
  return variables;
}

/** Scalars only: the cost reads integers, introspection reads names and flags. */
function literal(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  switch (value?.kind) {
    case Kind.INT:
      return Number(value.value);
    case Kind.STRING:
    case Kind.ENUM:
    case Kind.BOOLEAN:
      return value.value;
    case Kind.VARIABLE:
      return variables[value.name.value];
    default:
      return undefined;
  }
}

/**
 * A field's arguments as the resolver will see them, read before validation:
 * the schema's defaults, then the document's literals and variables. Values
 * of the wrong type are passed on as they are; the bounds ignore them and
 * validation or the resolver refuses them.
 */
export function fieldArgs(
  definition: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): FieldArgs {
  const args: Record<string, unknown> = {};
  for (const arg of definition.args) {
    if (arg.defaultValue !== undefined) args[arg.name] = arg.defaultValue;
  }
  for (const arg of node.arguments ?? []) {
    const value = literal(arg.value, variables);
    if (value !== undefined && value !== null) args[arg.name.value] = value;
  }
  return args;
}

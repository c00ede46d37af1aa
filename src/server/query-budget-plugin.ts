import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { GraphQLResolveInfo } from 'graphql';
import { getNamedType, isCompositeType } from 'graphql';
import type { GraphContext } from '../graphql/context';
import { jsonExceeds } from '../graphql/cost/answer-size';
import { responseTooLarge, shuttingDown } from '../graphql/cost/limit-errors';
import type { FieldArgs } from '../graphql/cost/list-bounds';
import { walkCost } from '../graphql/cost/list-bounds';

export interface QueryBudgetOptions {
  readonly maxResponseBytes: number;
  /** Aborted when shutdown's grace period ends: resolvers still running stop. */
  readonly cancelled: AbortSignal;
}

/** What one resolved field adds to the actual cost: the objects it returned, and its graph walk. */
function resolvedCost(info: GraphQLResolveInfo, args: FieldArgs, result: unknown): number {
  const objects = !isCompositeType(getNamedType(info.returnType))
    ? 0
    : Array.isArray(result)
      ? result.length
      : result == null
        ? 0
        : 1;
  return objects + walkCost(info.parentType.name, info.fieldName, args);
}

/**
 * The query budget's other half, as an Apollo plugin (the gate refused what
 * was over budget): while resolving it counts the actual cost, in the unit
 * of the estimate (objects returned, plus graph walks); before answering it
 * caps the answer's size and reports `extensions.cost: { estimated, actual }`.
 * After shutdown's grace period, resolvers still to run are cancelled.
 */
export function queryBudgetPlugin(options: QueryBudgetOptions): ApolloServerPlugin<GraphContext> {
  return {
    requestDidStart() {
      let actual = 0;
      const answer = (request: GraphQLRequestContextWillSendResponse<GraphContext>) => {
        const { body } = request.response;
        const estimate = request.contextValue.costEstimate;
        if (body.kind !== 'single' || !estimate) return Promise.resolve();
        // Introspection resolvers are not instrumented; their estimate is exact.
        const cost = { estimated: estimate.estimated, actual: actual + estimate.introspection };
        const result = body.singleResult;
        if (jsonExceeds(result.data, options.maxResponseBytes)) {
          const error = responseTooLarge(options.maxResponseBytes).toJSON();
          const requestId = request.contextValue.requestId;
          body.singleResult = {
            data: null,
            errors: [{ ...error, extensions: { ...error.extensions, requestId } }],
            extensions: { ...result.extensions, cost },
          };
        } else {
          body.singleResult = { ...result, extensions: { ...result.extensions, cost } };
        }
        return Promise.resolve();
      };
      return Promise.resolve({
        executionDidStart: () =>
          Promise.resolve({
            willResolveField: ({ info, args }) => {
              if (options.cancelled.aborted) throw shuttingDown();
              return (error: Error | null, result: unknown) => {
                if (error === null) actual += resolvedCost(info, args, result);
              };
            },
          }),
        willSendResponse: answer,
      });
    },
  };
}

import type { GraphQLError, GraphQLSchema } from 'graphql';
import { parse } from 'graphql';
import { LIMITS } from '../limits';
import { checkDocumentShape } from './document-shape';
import type { CostEstimate } from './estimate-cost';
import { estimateCost } from './estimate-cost';
import { documentTooLarge, overBudget } from './limit-errors';

export interface OperationRequest {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: Readonly<Record<string, unknown>> | null;
}

/** A refusal, or the estimate (null when the operation cannot be costed: GraphQL reports why). */
export type OperationCheck =
  { readonly refusal: GraphQLError } | { readonly estimate: CostEstimate | null };

/**
 * The query budget, before anything else looks at the operation: the
 * document's shape (so that graphql-js validation, quadratic in the fields
 * of a selection set, stays quick), then its estimated cost against the
 * budget. Linear in the document, whatever it holds. A document that does
 * not parse is left to GraphQL, which says why.
 */
export function checkOperation(
  schema: GraphQLSchema,
  request: OperationRequest,
  budget: number,
): OperationCheck {
  let document;
  try {
    document = parse(request.query, { maxTokens: LIMITS.queryTokens });
  } catch {
    return { estimate: null };
  }
  const violation = checkDocumentShape(document, LIMITS);
  if (violation) return { refusal: documentTooLarge(violation) };
  const estimate = estimateCost(schema, document, request.operationName, request.variables ?? {});
  if (estimate && estimate.estimated > budget) {
    return { refusal: overBudget(estimate.estimated, budget) };
  }
  return { estimate };
}

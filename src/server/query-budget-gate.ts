import type { Request, RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { OperationRequest } from '../graphql/cost/check-operation';
import { checkOperation } from '../graphql/cost/check-operation';
import type { CostEstimate } from '../graphql/cost/estimate-cost';
import { sendJsonError } from './http-errors';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The operation as GraphQL over HTTP carries it (JSON body, or query string for GET); null if malformed. */
function operationRequest(req: Request): OperationRequest | null {
  const params: unknown = req.method === 'GET' ? req.query : req.body;
  if (!isRecord(params) || typeof params['query'] !== 'string') return null;
  let variables = params['variables'];
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return null;
    }
  }
  const operationName = params['operationName'];
  return {
    query: params['query'],
    operationName: typeof operationName === 'string' ? operationName : null,
    variables: isRecord(variables) ? variables : null,
  };
}

export interface QueryBudgetGate {
  readonly handler: RequestHandler;
  /** The estimate of a request the gate let through; undefined when it had none to make. */
  estimateOf(req: Request): CostEstimate | null | undefined;
}

/**
 * Checks every operation against the query budget before Apollo parses or
 * validates it, and answers a refusal itself: Apollo cannot stop a request
 * cleanly between parsing and validation, and validation is the part an
 * oversized document makes slow. Requests it cannot read go on to Apollo,
 * which explains what is wrong with them.
 */
export function queryBudgetGate(schema: GraphQLSchema, budget: number): QueryBudgetGate {
  const estimates = new WeakMap<Request, CostEstimate | null>();
  return {
    handler: (req, res, next) => {
      const request = operationRequest(req);
      if (request) {
        const check = checkOperation(schema, request, budget);
        if ('refusal' in check) {
          const { code, ...extensions } = check.refusal.extensions;
          sendJsonError(res, 400, String(code), check.refusal.message, extensions);
          return;
        }
        estimates.set(req, check.estimate);
      }
      next();
    },
    estimateOf: (req) => estimates.get(req),
  };
}

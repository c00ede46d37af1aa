import type { GraphQLSchema } from 'graphql';
import type { OperationRequest } from '../graphql/cost/check-operation';
import { checkOperation } from '../graphql/cost/check-operation';
import type { CostEstimate } from '../graphql/cost/estimate-cost';
import type { GraphqlHttpRequest } from './graphql-endpoint/graphql-endpoint';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The operation's parameters as GraphQL over HTTP carries them: the JSON body, or the query string for GET. */
function parametersOf(request: Pick<GraphqlHttpRequest, 'method' | 'search' | 'body'>): unknown {
  if (request.method !== 'GET') return request.body;
  const search = new URLSearchParams(request.search);
  return Object.fromEntries(
    ['query', 'variables', 'operationName'].flatMap((name) => {
      const value = search.get(name);
      return value === null ? [] : [[name, value]];
    }),
  );
}

/** The operation the request carries; null if malformed. */
function operationRequest(
  request: Pick<GraphqlHttpRequest, 'method' | 'search' | 'body'>,
): OperationRequest | null {
  const params = parametersOf(request);
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

/**
 * The gate's verdict: a refusal to answer with HTTP 400, or the estimate
 * (null when the operation cannot be costed, undefined when the request
 * carries no operation the gate can read).
 */
export type GateVerdict =
  | {
      readonly refusal: {
        readonly code: string;
        readonly message: string;
        readonly extensions: Readonly<Record<string, unknown>>;
      };
    }
  | { readonly estimate: CostEstimate | null | undefined };

/**
 * Checks every operation against the query budget before Apollo parses or
 * validates it, so that a refusal is answered by the endpoint itself:
 * Apollo cannot stop a request cleanly between parsing and validation,
 * and validation is the part an oversized document makes slow. Requests it
 * cannot read go on to Apollo, which explains what is wrong with them.
 */
export function queryBudgetGate(
  schema: GraphQLSchema,
  budget: number,
): (request: Pick<GraphqlHttpRequest, 'method' | 'search' | 'body'>) => GateVerdict {
  return (httpRequest) => {
    const request = operationRequest(httpRequest);
    if (!request) return { estimate: undefined };
    const check = checkOperation(schema, request, budget);
    if ('refusal' in check) {
      const { code, ...extensions } = check.refusal.extensions;
      return { refusal: { code: String(code), message: check.refusal.message, extensions } };
    }
    return { estimate: check.estimate };
  };
}

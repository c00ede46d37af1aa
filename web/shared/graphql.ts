/** The service's GraphQL endpoint, on the page's own origin (the CSP allows nothing else). */
export const GRAPHQL_PATH = '/graphql';

/** A GraphQL error as the service sends it, with its `extensions.code` when there is one. */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }
}

interface GraphqlAnswer<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation; any GraphQL error becomes a GraphqlRequestError naming the first one. */
export async function runOperation<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GraphqlAnswer<T>;
  const first = answer.errors?.[0];
  if (first !== undefined) throw new GraphqlRequestError(first.message, first.extensions?.code);
  if (answer.data === undefined || answer.data === null) {
    throw new GraphqlRequestError(
      `The service answered HTTP ${response.status} without data.`,
      undefined,
    );
  }
  return answer.data;
}

/** The IDE with this operation and its variables in the editors (GraphiQL reads them from the address). */
export function ideLink(query: string, variables: Record<string, unknown> = {}): string {
  const params = new URLSearchParams({ query });
  if (Object.keys(variables).length > 0)
    params.set('variables', JSON.stringify(variables, null, 2));
  return `${GRAPHQL_PATH}?${params.toString()}`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Page, TimeOrder } from '../../store/graph-store';
import { encodeCursor } from '../cursor';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Makes the `<Name>Connection` and `<Name>Edge` types of a Relay connection. */
export function connectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, Relay style.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items in the whole list, not just this page.' })
    totalCount!: number;
  }
  return Connection;
}

/**
 * A store page as a connection; `offset` is where the page starts, and
 * `order` the order the list was read in, when the client chose one.
 */
export function toConnection<T>(
  page: Page<T>,
  offset: number,
  order?: TimeOrder,
): ConnectionShape<T> {
  const edges = page.items.map((node, i) => ({ node, cursor: encodeCursor(offset + i, order) }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: offset + page.items.length < page.totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

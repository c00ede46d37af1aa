import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Entity } from '../../domain/entity';
import { invariant } from '../../domain/errors';
import type { Relation } from '../../domain/relation';
import { PageArgs, pageRequest } from '../args/page.args';
import type { GraphContext } from '../context';
import { ClaimConnection } from '../types/claim.type';
import { toConnection } from '../types/connection.type';
import { EntityType } from '../types/entity.type';
import { RelationType } from '../types/relation.type';

@Resolver(() => RelationType)
export class RelationResolver {
  @FieldResolver(() => EntityType)
  async subject(@Root() relation: Relation, @Ctx() { loaders }: GraphContext): Promise<Entity> {
    const entity = await loaders.entity.load(relation.subjectId);
    invariant(entity, `relation ${relation.id} has no subject`);
    return entity;
  }

  @FieldResolver(() => EntityType, {
    nullable: true,
    description: 'null when the object is a value.',
  })
  object(@Root() relation: Relation, @Ctx() { loaders }: GraphContext): Promise<Entity | null> {
    return relation.objectId === null
      ? Promise.resolve(null)
      : loaders.entity.load(relation.objectId);
  }

  @FieldResolver(() => ClaimConnection, {
    description: 'The evidence: every claim behind this relation.',
  })
  async claims(
    @Root() relation: Relation,
    @Args() args: PageArgs,
    @Ctx() { loaders }: GraphContext,
  ) {
    const page = pageRequest(args);
    return toConnection(
      await loaders.claimsOfRelation.load({ id: relation.id, variant: null, page }),
      page.offset,
    );
  }
}

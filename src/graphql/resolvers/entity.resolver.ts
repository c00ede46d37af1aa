import { Arg, Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { Entity } from '../../domain/entity';
import type { Predicate } from '../../domain/predicates';
import type { ClaimRole, Direction } from '../../store/graph-store';
import { PageArgs, pageRequest } from '../args/page.args';
import type { GraphContext } from '../context';
import { ClaimRoleEnum, DirectionEnum, PredicateEnum } from '../enums';
import { ClaimConnection, INCLUDE_REJECTED_DESCRIPTION } from '../types/claim.type';
import { toConnection } from '../types/connection.type';
import { EntityType } from '../types/entity.type';
import { MentionConnection } from '../types/mention.type';
import { RelationConnection } from '../types/relation.type';

@Resolver(() => EntityType)
export class EntityResolver {
  @FieldResolver(() => RelationConnection, {
    description: 'Relations touching this entity, most claims first.',
  })
  async relations(
    @Root() entity: Entity,
    @Arg('direction', () => DirectionEnum, { defaultValue: 'BOTH' }) direction: Direction,
    @Arg('predicates', () => [PredicateEnum], { nullable: true }) predicates: Predicate[] | null,
    @Args() args: PageArgs,
    @Ctx() { loaders }: GraphContext,
  ) {
    const page = pageRequest(args);
    const variant = { direction, predicates: predicates ?? undefined };
    return toConnection(
      await loaders.relationsOfEntity.load({ id: entity.id, variant, page }),
      page.offset,
    );
  }

  @FieldResolver(() => ClaimConnection, {
    description: 'Claims in which this entity plays the given role.',
  })
  async claims(
    @Root() entity: Entity,
    @Arg('role', () => ClaimRoleEnum, { defaultValue: 'SUBJECT' }) role: ClaimRole,
    @Arg('includeRejected', () => Boolean, {
      defaultValue: false,
      description: INCLUDE_REJECTED_DESCRIPTION,
    })
    includeRejected: boolean,
    @Args() args: PageArgs,
    @Ctx() { loaders }: GraphContext,
  ) {
    const page = pageRequest(args);
    const variant = { role, includeRejected };
    return toConnection(
      await loaders.claimsOfEntity.load({ id: entity.id, variant, page }),
      page.offset,
    );
  }

  @FieldResolver(() => MentionConnection, { description: 'Where articles name this entity.' })
  async mentions(@Root() entity: Entity, @Args() args: PageArgs, @Ctx() { loaders }: GraphContext) {
    const page = pageRequest(args);
    return toConnection(
      await loaders.mentionsOfEntity.load({ id: entity.id, variant: null, page }),
      page.offset,
    );
  }

  @FieldResolver(() => [ID], {
    description:
      'The ids merged into this entity (`mergeEntities`), directly or through earlier merges, sorted; `entity(id)` answers this entity for each.',
  })
  mergedFrom(@Root() entity: Entity, @Ctx() { loaders }: GraphContext): Promise<string[]> {
    return loaders.mergedFrom.load(entity.id);
  }

  @FieldResolver(() => Int, { description: 'How many relations touch this entity.' })
  degree(@Root() entity: Entity, @Ctx() { loaders }: GraphContext): Promise<number> {
    return loaders.degree.load(entity.id);
  }
}

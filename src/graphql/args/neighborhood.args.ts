import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { Predicate } from '../../domain/predicates';
import { PredicateEnum } from '../enums';
import { LIMITS } from '../limits';

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID)
  entityId!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: `Hops from the centre, 1 to ${LIMITS.neighborhoodDepth}.`,
  })
  depth!: number;

  @Field(() => [PredicateEnum], { nullable: true, description: 'Walk only these predicates.' })
  predicates?: Predicate[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Most nodes to return, the centre included; ${LIMITS.defaultNeighborhoodNodes} by default, at most ${LIMITS.neighborhoodNodes}.`,
  })
  limit?: number | null;

  @Field({
    defaultValue: false,
    description:
      'Also walk from speakers to the subjects and objects of what they said (ATTRIBUTION edges), as if they were relations; the predicate filter then applies to the claims behind them.',
  })
  attribution!: boolean;
}

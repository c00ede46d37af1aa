import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { Predicate } from '../../domain/predicates';
import { PredicateEnum } from '../enums';
import { LIMITS } from '../limits';

@ArgsType()
export class PathsArgs {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => Int, {
    defaultValue: 3,
    description: `Longest path in hops, 1 to ${LIMITS.pathHops}.`,
  })
  maxHops!: number;

  @Field(() => [PredicateEnum], { nullable: true, description: 'Walk only these predicates.' })
  predicates?: Predicate[] | null;

  @Field(() => Int, { defaultValue: 5, description: `How many paths, at most ${LIMITS.paths}.` })
  first!: number;

  @Field({
    defaultValue: false,
    description:
      'Also walk from speakers to the subjects and objects of what they said (ATTRIBUTION edges), as if they were relations; the predicate filter then applies to the claims behind them.',
  })
  attribution!: boolean;
}

import { Field, Int, ObjectType } from 'type-graphql';
import { EntityType } from './entity.type';
import { RelationType } from './relation.type';

@ObjectType('Subgraph', { description: 'Nodes and edges ready to draw.' })
export class SubgraphType {
  @Field(() => [EntityType], { description: 'The centre first, then nearest first.' })
  nodes!: EntityType[];

  @Field(() => [RelationType], { description: 'Relations between the nodes.' })
  edges!: RelationType[];

  @Field({ description: 'True when the limit cut nodes off.' })
  truncated!: boolean;
}

@ObjectType('PathStep')
export class PathStepType {
  @Field(() => RelationType)
  relation!: RelationType;

  @Field({ description: 'True when the step walks the relation from its subject to its object.' })
  forward!: boolean;
}

@ObjectType('Path', {
  description: 'A chain of relations between two entities; each hop opens onto its claims.',
})
export class PathType {
  @Field(() => Int)
  length!: number;

  @Field(() => [PathStepType])
  steps!: PathStepType[];
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ATTRIBUTION_EVIDENCE, NEIGHBORHOOD_EDGES_PER_NODE } from '../../store/graph-store';
import { EdgeKindEnum } from '../enums';
import { EntityType } from './entity.type';
import { RelationType } from './relation.type';

@ObjectType('Attribution', {
  description:
    'A speaker linked to an entity it said something about: the entity is the subject or the object of claims whose SPEAKER it is (claims(filter: { attributedToId, entityId }) lists them). Strength when ranked among relations: one independent source, its claims.',
})
export class AttributionType {
  @Field(() => ID, { description: '"attribution:<speaker id>><entity id>".' })
  id!: string;

  @Field(() => Int, { description: 'Claims of the speaker naming the entity.' })
  claimCount!: number;

  @Field(() => [ID], {
    description: `The evidence: the first ${ATTRIBUTION_EVIDENCE} of those claims, by id.`,
  })
  claimIds!: string[];
}

@ObjectType('Subgraph', { description: 'Nodes and edges ready to draw.' })
export class SubgraphType {
  @Field(() => [EntityType], {
    description:
      'The centre first, then hop by hop, each hop strongest first (by the strongest edge reaching each node: most independent sources, then most claims, then edge id).',
  })
  nodes!: EntityType[];

  @Field(() => [RelationType], {
    description: `Relations between the nodes, strongest first (most independent sources, then most claims, then id): the strongest ${NEIGHBORHOOD_EDGES_PER_NODE} × limit at most.`,
  })
  edges!: RelationType[];

  @Field(() => [AttributionType], {
    description:
      'Attributions between the nodes, most claims first; empty unless asked (`attribution: true`).',
  })
  attributions!: AttributionType[];

  @Field({
    description: `True when the limit cut nodes off (the walk kept the strongest and stopped there, without walking past a hub), or edges (${NEIGHBORHOOD_EDGES_PER_NODE} × limit kept, the strongest).`,
  })
  truncated!: boolean;
}

@ObjectType('PathStep')
export class PathStepType {
  @Field(() => EdgeKindEnum)
  kind!: keyof typeof EdgeKindEnum;

  @Field(() => RelationType, { nullable: true, description: 'The relation, for a RELATION step.' })
  relation!: RelationType | null;

  @Field(() => AttributionType, {
    nullable: true,
    description: 'The attribution, for an ATTRIBUTION step.',
  })
  attribution!: AttributionType | null;

  @Field({
    description:
      'True when the step walks the relation from its subject to its object, or the attribution from the speaker to the entity.',
  })
  forward!: boolean;
}

@ObjectType('Path', {
  description:
    'A chain of relations (and attributions, when asked) between two entities; each hop opens onto its claims.',
})
export class PathType {
  @Field(() => Int)
  length!: number;

  @Field(() => [PathStepType])
  steps!: PathStepType[];
}

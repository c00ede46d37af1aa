import { Field, ID, ObjectType } from 'type-graphql';
import { ChangeType } from './change.type';

@ObjectType('MergeResult')
export class MergeResultType {
  @Field({
    description: 'False when the entities were already merged; `change` is then that merge.',
  })
  merged!: boolean;

  @Field(() => ID, { description: 'What `unmergeEntities` and `history` take.' })
  mergeId!: string;

  @Field(() => ID, {
    description:
      'The entity that holds everything now (`entity(id)` answers it, for the merged id too).',
  })
  intoId!: string;

  @Field(() => ChangeType, {
    description:
      'The history entry: `before` holds the merged entity, the claims that named it and its mentions, as they were.',
  })
  change!: ChangeType;
}

@ObjectType('UnmergeResult')
export class UnmergeResultType {
  @Field({
    description: 'False when the merge was already undone; `change` is then that unmerge.',
  })
  unmerged!: boolean;

  @Field(() => ChangeType)
  change!: ChangeType;
}

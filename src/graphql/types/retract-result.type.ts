import { Field, ObjectType } from 'type-graphql';
import { ChangeType } from './change.type';

@ObjectType('RetractResult')
export class RetractResultType {
  @Field({
    description: 'False when the article was already retracted; `change` is then that retraction.',
  })
  retracted!: boolean;

  @Field(() => ChangeType, {
    description:
      'The history entry: `before` holds the article with its mentions, claims and the candidate entities that went with it.',
  })
  change!: ChangeType;
}

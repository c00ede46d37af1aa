import { Field, ObjectType } from 'type-graphql';
import { EntityType } from './entity.type';

@ObjectType('ReviewEntityResult')
export class ReviewEntityResultType {
  @Field({
    description:
      'False when the entity already was as asked: nothing changed and the history is unchanged.',
  })
  changed!: boolean;

  @Field(() => EntityType, { description: 'The entity as it now is.' })
  entity!: EntityType;
}

import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityKind } from '../../domain/entity';
import { EntityKindEnum } from '../enums';
import { connectionType } from './connection.type';
import { LabelType } from './label.type';

@ObjectType('Entity', {
  description:
    'A thing in the world: a country, organisation, person, place, armed force, commodity or event.',
})
export class EntityType {
  @Field(() => ID, {
    description: 'Stable: derived from kind and canonical name ("country:north-korea").',
  })
  id!: string;

  @Field(() => EntityKindEnum)
  kind!: EntityKind;

  @Field({ description: 'Canonical name, in English where one exists.' })
  name!: string;

  @Field(() => [LabelType], { description: 'Preferred names per language.' })
  labels!: LabelType[];

  @Field(() => [LabelType], {
    description: 'Other names: acronyms, demonyms, capitals standing for states.',
  })
  aliases!: LabelType[];

  @Field({
    description:
      'True while only an extractor has named it, from a name it did not know: worth a review before relying on it.',
  })
  candidate!: boolean;
}

export const EntityConnection = connectionType('Entity', EntityType);

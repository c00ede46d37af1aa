import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A name in one language.' })
export class LabelType {
  @Field({ description: 'ISO 639-1 code such as "fr" or "en"; "und" when unknown.' })
  lang!: string;

  @Field()
  text!: string;
}

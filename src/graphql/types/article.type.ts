import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from './connection.type';

@ObjectType('Article', {
  description: 'A source document; its id derives from its normalised text.',
})
export class ArticleType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  publisher!: string | null;

  @Field({ description: 'ISO 639-1 code.' })
  language!: string;

  @Field({ description: 'ISO 8601 date or date-time, as published.' })
  publishedAt!: string;

  @Field({ description: 'The full normalised text; every span indexes into it.' })
  text!: string;
}

export const ArticleConnection = connectionType('Article', ArticleType);

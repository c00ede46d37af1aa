import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Span', {
  description:
    'Character range in the article text: start inclusive, end exclusive (UTF-16 units).',
})
export class SpanType {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

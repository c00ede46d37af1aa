import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('TimelineBucket', { description: 'Claims counted in one time bucket, for one key.' })
export class TimelineBucketType {
  @Field({
    description:
      "ISO date of the bucket's first day: the day, the Monday of the ISO week, the 1st of the month.",
  })
  start!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The modality, predicate, publisher or speaker entity id the counts are split by; null for NONE, or for claims without one (no publisher, no speaker).',
  })
  key!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Timeline', { description: 'Claim counts over time, grouped by the store.' })
export class TimelineType {
  @Field(() => [TimelineBucketType], { description: 'By start, then key (null first).' })
  buckets!: TimelineBucketType[];

  @Field({
    description: 'True when `first` cut buckets off: narrow the filter or widen the bucket.',
  })
  truncated!: boolean;
}

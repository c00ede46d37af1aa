import { Field, Int, ObjectType } from 'type-graphql';
import type { SourceKind } from '../../domain/evidence';
import { SourceKindEnum } from '../enums';
import { ClaimType } from './claim.type';

@ObjectType('RelationSource', {
  description:
    "One distinct source behind a relation's claims: the speaker when the text names one, else the relaying agency, else the publisher.",
})
export class RelationSourceType {
  @Field(() => SourceKindEnum)
  kind!: SourceKind;

  @Field(() => String, { nullable: true, description: 'The publisher, for kind PUBLISHER.' })
  publisher!: string | null;

  @Field(() => Int, { description: 'Claims of the relation from this source.' })
  claimCount!: number;

  @Field(() => [ClaimType], {
    description:
      'Its first claims, by article date then position (claimsEach of Relation.sources).',
  })
  claims!: ClaimType[];
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Article } from '../../domain/article';
import type { Claim } from '../../domain/claim';
import type { Entity } from '../../domain/entity';
import type { Mention } from '../../domain/mention';
import { invariant } from '../../domain/errors';
import type { GraphContext } from '../context';
import { ArticleType } from '../types/article.type';
import { ClaimType } from '../types/claim.type';
import { EntityType } from '../types/entity.type';
import { MentionType } from '../types/mention.type';
import { ClaimReviewType } from '../types/claim-review.type';
import type { ClaimReview } from '../../domain/review';

function optional(context: GraphContext, id: string | null): Promise<Entity | null> {
  return id === null ? Promise.resolve(null) : context.loaders.entity.load(id);
}

/** A claim's entities and article, each through the request's loaders. */
@Resolver(() => ClaimType)
export class ClaimResolver {
  @FieldResolver(() => EntityType)
  async subject(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Entity> {
    const entity = await context.loaders.entity.load(claim.subjectId);
    invariant(entity, `claim ${claim.id} has no subject ${claim.subjectId}`);
    return entity;
  }

  @FieldResolver(() => EntityType, {
    nullable: true,
    description: 'The object when it is an entity.',
  })
  object(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Entity | null> {
    return optional(context, claim.objectId);
  }

  @FieldResolver(() => EntityType, { nullable: true, description: 'Where it happened.' })
  location(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Entity | null> {
    return optional(context, claim.locationId);
  }

  @FieldResolver(() => EntityType, {
    nullable: true,
    description: 'What was supplied or concerned (oil).',
  })
  item(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Entity | null> {
    return optional(context, claim.itemId);
  }

  @FieldResolver(() => EntityType, { nullable: true, description: 'Who says it.' })
  attributedTo(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Entity | null> {
    return optional(context, claim.attributedToId);
  }

  @FieldResolver(() => EntityType, { nullable: true, description: 'Who relays it.' })
  reportedBy(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Entity | null> {
    return optional(context, claim.reportedById);
  }

  @FieldResolver(() => ClaimReviewType, {
    nullable: true,
    description:
      'The latest judgement of an editor (`reviewClaim`); null when nobody judged it. Claims judged WRONG appear only where `includeRejected: true` asks for them.',
  })
  review(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<ClaimReview | null> {
    return context.loaders.claimReview.load(claim.id);
  }

  @FieldResolver(() => [MentionType], {
    description:
      'Entities named in the claim’s sentence, with the words used ("Pyongyang" for North Korea).',
  })
  async mentions(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Mention[]> {
    const mentions = await context.loaders.mentionsOfArticle.load(claim.articleId);
    return mentions.filter(
      (m) => m.span.start >= claim.sentenceSpan.start && m.span.end <= claim.sentenceSpan.end,
    );
  }

  @FieldResolver(() => String, {
    description:
      "When the store wrote the claim: its article's ingestedAt (a claim is always written with its article).",
  })
  async ingestedAt(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<string> {
    const article = await context.loaders.article.load(claim.articleId);
    invariant(article?.ingestedAt, `claim ${claim.id} has no article ${claim.articleId}`);
    return article.ingestedAt;
  }

  @FieldResolver(() => ArticleType)
  async article(@Root() claim: Claim, @Ctx() context: GraphContext): Promise<Article> {
    const article = await context.loaders.article.load(claim.articleId);
    invariant(article, `claim ${claim.id} has no article ${claim.articleId}`);
    return article;
  }
}

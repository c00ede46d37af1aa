import type { Claim } from '../domain/claim';
import type { Entity, EntityKind } from '../domain/entity';
import { ENTITY_KINDS } from '../domain/entity';
import type { Relation } from '../domain/relation';
import type { ArticleDays, KeptCount } from './neo4j-csv-counts';
import { addCount } from './neo4j-csv-counts';

/**
 * The counts per kind the Neo4j store keeps (migration 018,
 * src/store/neo4j/neo4j-kind-counts.ts), computed for the CSV export as the
 * store computes them: claims per kind of their subject and object ('' for
 * a value), predicate and modality (:ClaimKindCount); relations per kind of
 * their ends (:RelationKindCount); articles per sorted set of the kinds of
 * their claims' ends, and publisher (:ArticleKindCount). The export's
 * claims are those not judged WRONG, the store's :Claim nodes.
 *
 * The export reads entities before claims and relations, so an end's kind
 * is looked up by id; an article's set of kinds grows until the last claim
 * is read, as claims come by id, not by article. Held: an entry per entity
 * and per article with claims, and one per distinct count. An article
 * without claims counts under the empty set of kinds, as in the store.
 */
export class KindCounts {
  private readonly entityKinds = new Map<string, EntityKind>();
  /** Each article's kinds so far, a bit per index in ENTITY_KINDS: a number is smaller than a set. */
  private readonly articleKinds = new Map<string, number>();
  readonly claims = new Map<string, KeptCount>();
  readonly relations = new Map<string, KeptCount>();

  addEntity(entity: Entity): void {
    this.entityKinds.set(entity.id, entity.kind);
  }

  /**
   * Counts a claim under its ends' kinds. An end that is no entity counts
   * nowhere, as the store's MATCH finds none (an object value is ''
   * in the claim's count and adds no kind to its article).
   */
  addClaim(claim: Claim): void {
    const subjectKind = this.entityKinds.get(claim.subjectId);
    const objectKind = claim.objectId === null ? undefined : this.entityKinds.get(claim.objectId);
    if (subjectKind !== undefined)
      addCount(this.claims, [subjectKind, objectKind ?? '', claim.predicate, claim.modality]);
    let bits = this.articleKinds.get(claim.articleId) ?? 0;
    for (const kind of [subjectKind, objectKind])
      if (kind !== undefined) bits |= 1 << ENTITY_KINDS.indexOf(kind);
    if (bits !== 0) this.articleKinds.set(claim.articleId, bits);
  }

  /** Counts a relation (a relationship in the store) under its ends' kinds, '' for a value. */
  addRelation(relation: Relation): void {
    const subjectKind = this.entityKinds.get(relation.subjectId);
    if (subjectKind === undefined) return;
    const objectKind = relation.objectId === null ? '' : this.entityKinds.get(relation.objectId);
    addCount(this.relations, [subjectKind, objectKind ?? '']);
  }

  /**
   * The articles counted per set of kinds and publisher, once every claim
   * is added; `days` holds every article, with its publisher. The set is
   * sorted as Cypher's ORDER BY sorts strings (the kinds are ASCII).
   */
  articles(days: ReadonlyMap<string, ArticleDays>): Map<string, KeptCount> {
    const counts = new Map<string, KeptCount>();
    for (const [articleId, article] of days) {
      const bits = this.articleKinds.get(articleId) ?? 0;
      const kinds = ENTITY_KINDS.filter((_, i) => (bits & (1 << i)) !== 0).sort();
      addCount(counts, [kinds, article.publisher]);
    }
    return counts;
  }
}

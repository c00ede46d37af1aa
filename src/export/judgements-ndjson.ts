import type { Entity } from '../domain/entity';
import type { ReviewedClaim } from '../domain/review';
import { judgementKey } from '../ingest/eval/judgement-key';
import type { JudgementLine, NamedEntity, StoreJudgement } from '../ingest/eval/store-judgements';
import type { GraphStore } from '../store/graph-store';
import { EXPORT_PAGE_SIZE } from './store-pages';

/**
 * The analysts' verdicts as evaluation data for the extractor, one JSON
 * object a line (store-judgements.ts): each judged claim, WRONG ones too,
 * a page at a time by claim id, then the articles they name with their
 * text. Only article ids are held between pages: judgements are made by
 * people, so they are few next to the claims.
 */
export async function* judgementsNdjson(
  store: GraphStore,
  counted: (type: JudgementLine['type']) => void = () => undefined,
): AsyncGenerator<string> {
  const articleIds = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page: ReviewedClaim[] = await store.exportPage('reviewedClaims', after, EXPORT_PAGE_SIZE);
    const names = await entityNames(store, page);
    const articles = await store.getArticles([...new Set(page.map((r) => r.claim.articleId))]);
    const articleById = new Map(articles.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    for (const reviewed of page) {
      const article = articleById.get(reviewed.claim.articleId);
      // Read a page at a time: an article retracted meanwhile takes its claims with it.
      if (!article) continue;
      articleIds.add(article.id);
      counted('judgement');
      yield line({ type: 'judgement', data: judgementOf(reviewed, article, names) });
    }
    if (page.length < EXPORT_PAGE_SIZE) break;
    after = page[page.length - 1]!.id;
  }
  const ids = [...articleIds].sort();
  for (let start = 0; start < ids.length; start += EXPORT_PAGE_SIZE) {
    for (const article of await store.getArticles(ids.slice(start, start + EXPORT_PAGE_SIZE))) {
      if (!article) continue;
      counted('article');
      yield line({ type: 'article', data: article });
    }
  }
}

function judgementOf(
  { claim, review }: ReviewedClaim,
  article: { readonly id: string; readonly url: string | null; readonly language: string },
  names: ReadonlyMap<string, Entity>,
): StoreJudgement {
  const named = (id: string | null): NamedEntity | null =>
    id === null ? null : { id, name: names.get(id)?.name ?? id };
  return {
    key: judgementKey(article.id, claim),
    claimId: claim.id,
    articleId: article.id,
    url: article.url,
    language: article.language,
    sentence: claim.sentence,
    predicate: claim.predicate,
    subject: named(claim.subjectId)!,
    object: named(claim.objectId),
    objectValue: claim.objectValue,
    item: named(claim.itemId),
    modality: claim.modality,
    verdict: review.verdict,
    note: review.note,
    editor: review.editor,
    at: review.at,
  };
}

async function entityNames(
  store: GraphStore,
  page: readonly ReviewedClaim[],
): Promise<Map<string, Entity>> {
  const ids = [
    ...new Set(
      page.flatMap(({ claim }) =>
        [claim.subjectId, claim.objectId, claim.itemId].filter((id): id is string => id !== null),
      ),
    ),
  ];
  const entities = await store.getEntities(ids);
  return new Map(entities.flatMap((e) => (e ? [[e.id, e] as const] : [])));
}

function line(record: JudgementLine): string {
  return `${JSON.stringify(record)}\n`;
}

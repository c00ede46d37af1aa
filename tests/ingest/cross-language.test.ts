import { join } from 'node:path';
import type { AnnotatedArticle } from '../../src/domain/annotation';
import type { Entity } from '../../src/domain/entity';
import { foldText } from '../../src/domain/ids';
import { readAnnotatedFolder } from '../../src/ingest/annotations/read-annotated-folder';
import type { ArticleInput } from '../../src/ingest/extractor';
import { RulesExtractor } from '../../src/ingest/rules-extractor';
import { openMemorySqlite } from '../support/sqlite';

const KINDS = new Set(['COUNTRY', 'ORGANIZATION', 'PERSON']);

/** Pairs of distinct entities of one kind that share a name, label or alias (folded): duplicates. */
function duplicates(entities: readonly Entity[]): string[] {
  const owner = new Map<string, string>();
  const found = new Set<string>();
  for (const entity of entities.filter((e) => KINDS.has(e.kind))) {
    for (const name of [
      entity.name,
      ...entity.labels.map((l) => l.text),
      ...entity.aliases.map((a) => a.text),
    ]) {
      const key = `${entity.kind}:${foldText(name)}`;
      const other = owner.get(key);
      if (other !== undefined && other !== entity.id)
        found.add([other, entity.id].sort().join(' = '));
      owner.set(key, entity.id);
    }
  }
  return [...found];
}

/** Ingests the reports into one store through the extractor, the graph growing as in `kg ingest`. */
async function ingestAll(
  articles: readonly ArticleInput[],
): Promise<{ entities: Entity[]; perArticle: Set<string>[] }> {
  const store = await openMemorySqlite();
  const extractor = new RulesExtractor();
  const perArticle: Set<string>[] = [];
  try {
    for (const article of articles) {
      const batch = await extractor.extract(article, store);
      await store.upsertArticle(batch);
      perArticle.push(new Set(batch.entities.filter((e) => KINDS.has(e.kind)).map((e) => e.id)));
    }
    return { entities: [...(await store.dump()).entities], perArticle };
  } finally {
    await store.close();
  }
}

describe('a French and an English report of the same event link to the same entities', () => {
  test('the corpus pair (Kursk losses, FR and EN): no duplicate country, organisation or person', async () => {
    const corpus = readAnnotatedFolder(join(__dirname, '..', '..', 'eval', 'corpus'));
    const pick = (name: string): AnnotatedArticle => corpus.find((a) => a.name === name)!.article;
    const fr = pick('koursk-pertes-pentagone.fr');
    const en = pick('kursk-losses-confirmed.en');
    const { entities, perArticle } = await ingestAll([fr.article, en.article]);
    expect(duplicates(entities)).toEqual([]);
    // What both hand annotations name, the extractor names with one id in both languages.
    const goldIds = (a: AnnotatedArticle) =>
      new Set(
        a.entities
          .filter((e) => KINDS.has(e.kind))
          .map(
            (e) => `${e.kind.toLowerCase()}:${foldText(e.name).replace(/[^\p{L}\p{N}]+/gu, '-')}`,
          ),
      );
    const shared = [...goldIds(fr)].filter((id) => goldIds(en).has(id));
    expect(shared.length).toBeGreaterThan(5);
    expect(shared.filter((id) => !perArticle[0]!.has(id) || !perArticle[1]!.has(id))).toEqual([]);
  });

  test('a small pair written here: sanctions announced in Paris and reported in English', async () => {
    const fr = {
      title: 'Sanctions',
      language: 'fr',
      publishedAt: '2025-02-24',
      text: 'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré que la Russie ne reconnaîtrait pas les sanctions de l’Union européenne. Selon l’AFP, l’OTAN et le Royaume-Uni soutiennent la décision.',
    };
    const en = {
      title: 'Sanctions',
      language: 'en',
      publishedAt: '2025-02-24',
      text: 'Kremlin spokesman Dmitry Peskov said Russia would not recognise the European Union sanctions. NATO and Britain back the decision, according to Agence France-Presse.',
    };
    const { entities, perArticle } = await ingestAll([fr, en]);
    expect(duplicates(entities)).toEqual([]);
    expect([...perArticle[0]!].sort()).toEqual([...perArticle[1]!].sort());
  });
});

import type { Entity } from '../../domain/entity';
import { articleId } from '../../domain/ids';
import { uniqueById } from '../../domain/unique-by-id';
import { batchMentions, namedEntityIds } from '../batch-mentions';
import type { Extraction, KnownEntities } from '../extractor';
import { buildGazetteer, withOutlets } from '../gazetteer/gazetteer';
import { linkEntities } from '../link-entities';
import type { Analysis } from '../nlp/analysis';
import type { Scene } from './discourse';
import { actingGroups, lastLoss, nextAntecedent, nextScene, sceneParties } from './discourse';
import { countriesAsPlaces, placesNamed } from './argument';
import { parseMentions } from './parse-mentions';
import { civiliansNationality } from './people-groups';
import { readClaims } from './read-claims';
import { withRecurringNames } from './recurring-names';
import { SentenceGraph } from './sentence-graph';
import { repairParse } from './parse-repairs';
import { SentenceReading } from './sentence-reading';

export interface ArticleFacts {
  /** The normalised article text the analysis was made of. */
  readonly text: string;
  readonly title: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly publishedAt: string;
}

/**
 * The parse-based extractor's pure core: an analysed article, what the
 * graph knows, and the article's metadata → the batch to store. Mentions
 * come from the gazetteer and the analyser's named entities, entities from
 * linking, claims from the dependency parse (read-claims.ts).
 */
export function extractFromAnalysis(
  analysis: Analysis,
  known: KnownEntities,
  article: ArticleFacts,
  extractor: string,
): Extraction {
  const id = articleId(article.text);
  const namesGazetteer = buildGazetteer(known);
  const graphs = withRecurringNames(analysis.sentences).map(
    (s) => new SentenceGraph(repairParse(s, analysis.language), article.text),
  );
  const found = graphs.flatMap((g) => parseMentions(g, namesGazetteer, analysis.language));
  const linking = linkEntities(article.text, found, namesGazetteer, analysis.language);
  // "the daily Dawn": an outlet the article names by what it is relays news as a known one does.
  const gazetteer = withOutlets(
    namesGazetteer,
    new Set(linking.mentions.filter((m) => m.media).map((m) => m.entity.id)),
  );
  const entities = new Map<string, Entity>(linking.entities);
  const readings: SentenceReading[] = [];
  const forces: Entity[] = [];
  const countries: Entity[] = [];
  // Countries named as places so far ("au Niger"): what "the country" alone may be (argument.ts).
  const countryPlaces: Entity[] = [];
  const mentionsOf = (g: SentenceGraph) =>
    linking.mentions.filter((m) => m.sentence === g.sentence.index);
  // Each sentence read alone, for what it tells the sentences around it.
  const alone = graphs.map(
    (g) => new SentenceReading(g, analysis.language, mentionsOf(g), gazetteer, entities),
  );
  // The armed groups each sentence names as acting, for "the militants" of it and the next.
  const acting = alone.map(actingGroups);
  let lastScene: { place: Entity; parties: ReadonlySet<string> } | null = null;
  // The actors named so far: those a scene set farther back holds for.
  const partiesSoFar = new Set<string>();
  for (const [at, g] of graphs.entries()) {
    const own = mentionsOf(g);
    for (const mention of own) {
      const { entity } = mention;
      if (entity.kind !== 'COUNTRY' || countries.some((c) => c.id === entity.id)) continue;
      if (!civiliansNationality(alone[at]!, mention)) countries.push(entity);
    }
    const near = uniqueById([...(acting[at - 1] ?? []), ...acting[at]!]);
    // "Police said 12 militants were killed": with no group acting in this sentence or the one
    // before, the one group the story has shown acting at all.
    const earlier = uniqueById(acting.slice(0, Math.max(at - 1, 0)).flat());
    const groups = near.length > 0 ? near : earlier.length === 1 ? earlier : [];
    const previous = readings[readings.length - 1];
    for (const place of previous ? countriesAsPlaces(previous) : [])
      if (!countryPlaces.some((c) => c.id === place.id)) countryPlaces.push(place);
    const antecedent = previous ? nextAntecedent(previous) : null;
    if (previous) for (const party of sceneParties(previous)) partiesSoFar.add(party);
    const fresh = previous ? nextScene(previous) : null;
    if (fresh) lastScene = { place: fresh, parties: new Set(partiesSoFar) };
    // Before the story has put its fighting anywhere, the next sentence may say where it was.
    const next = alone[at + 1];
    const ahead = lastScene === null && next ? nextScene(next) : null;
    // A scene before any party was named ("fighting broke out near Kidal") holds for any.
    const scene: Scene | null = ahead
      ? { place: ahead, parties: null }
      : lastScene && {
          place: lastScene.place,
          parties: fresh || lastScene.parties.size === 0 ? null : lastScene.parties,
        };
    readings.push(
      new SentenceReading(
        g,
        analysis.language,
        own,
        gazetteer,
        entities,
        antecedent,
        forces,
        scene,
        [...countries],
        groups,
        [...countryPlaces],
        previous ? lastLoss(previous) : null,
        previous ? placesNamed(previous) : [],
      ),
    );
    // "… 376 km al norte de Asunción. El ministro del Interior …": a capital names its country for
    // the sentences after it; in its own, "the capital, Asunción" must not name it by itself.
    for (const { entity } of own) {
      const country = gazetteer.countryWithCapital(entity.id)?.entity;
      if (country && !countries.some((c) => c.id === country.id)) countries.push(country);
    }
  }
  const claims = readClaims(readings, {
    articleId: id,
    publishedAt: article.publishedAt,
    extractor,
  });
  const mentions = batchMentions(id, linking.mentions, (i) => graphs[i]!.span);
  const used = namedEntityIds(mentions, claims);
  return {
    article: {
      id,
      title: article.title,
      url: article.url,
      publisher: article.publisher,
      language: analysis.language,
      publishedAt: article.publishedAt,
      text: article.text,
    },
    // Names nobody knew are stored, marked for review, never folded into another entity.
    entities: [...entities.values()]
      .filter((e) => used.has(e.id))
      .map((e) => (linking.candidateIds.has(e.id) ? { ...e, candidate: true } : e)),
    mentions,
    claims,
    candidateEntityIds: [...linking.candidateIds].filter((c) => used.has(c)),
  };
}

import { countryGazetteer } from '../src/ingest/gazetteer/country-entries';
import { KNOWN_ENTITIES } from '../src/ingest/gazetteer/known-entities';
import type { ArticleInput } from '../src/ingest/extractor';
import { RulesExtractor } from '../src/ingest/rules-extractor';

/**
 * Extraction throughput on a generated corpus: sentences recombined from
 * templates, filled with names from the gazetteer (countries, demonyms,
 * people, organisations, places), in French and English. Nothing is
 * downloaded; the corpus is the same on every run (seeded generator).
 */
export interface ExtractBenchResult {
  readonly articles: number;
  readonly sentences: number;
  readonly claims: number;
  readonly entities: number;
  readonly seconds: number;
  readonly articlesPerSecond: number;
  readonly claimsPerSecond: number;
}

type Slots = Readonly<Record<string, string>>;

const FRENCH = [
  'Le porte-parole du {org}, {person}, a déclaré que {countryFr} avait envoyé {n} soldats {demFr} en {country2Fr}.',
  '{person}, porte-parole du {org}, a confirmé que les forces {demFrF} avaient subi des pertes dans la {regionFr}.',
  'Selon {media}, {countryFr} aurait fourni du pétrole à {country2Fr}.',
  '{countryFr} et ses alliés imposeront de nouvelles sanctions contre {country2Fr}, a annoncé {person}.',
  'Pour l’instant, {capitalFr} n’a pas réagi aux informations concernant les livraisons de munitions.',
  'Au moins {nWordsFr} militaires {demFr} ont été tués près de la {regionFr}, une zone sous contrôle {demFrM}.',
];
const ENGLISH = [
  '{person}, a spokesperson for the {orgEn}, said {countryEn} had sent {n} troops to {country2En}.',
  'The {orgEn} confirmed on Tuesday that {demEn} forces suffered heavy losses in the {regionEn}.',
  '{countryEn} has supplied oil to {country2En}, according to {media}, a claim that could not be independently verified.',
  '{countryEn} will impose new sanctions on {country2En}, {person} said.',
  '{capitalEn} declined to comment on the reports about ammunition deliveries.',
  'At least {nWordsEn} {demEn} soldiers were killed in fighting against {dem2En} forces.',
];

function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function slotValues(random: () => number): Slots[] {
  const countries = countryGazetteer().records.filter((r) => r.unMember && r.capital);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const people = KNOWN_ENTITIES.filter((e) => e.kind === 'PERSON');
  const orgs = KNOWN_ENTITIES.filter((e) => e.kind === 'ORGANIZATION' && !e.media);
  const media = KNOWN_ENTITIES.filter((e) => e.media === true);
  const regions = KNOWN_ENTITIES.filter((e) => e.kind === 'LOCATION' && e.name.endsWith('Oblast'));
  const label = (
    entity: { labels: readonly { lang: string; text: string }[]; name: string },
    lang: string,
  ) => entity.labels.find((l) => l.lang === lang)?.text ?? entity.name;
  const demonym = (c: (typeof countries)[number], lang: string, feminine: boolean) => {
    const forms = c.entity.aliases.filter(
      (a) => a.lang === lang && /^\p{Ll}/u.test(a.text) && a.text.endsWith('s'),
    );
    return (
      (feminine ? forms.find((f) => f.text.endsWith('es')) : forms[0])?.text ??
      forms[0]?.text ??
      label(c.entity, lang)
    );
  };
  return Array.from({ length: 200 }, () => {
    const a = pick(countries);
    const b = pick(countries);
    const person = pick(people);
    const org = pick(orgs);
    const region = pick(regions);
    return {
      countryFr: label(a.entity, 'fr'),
      country2Fr: label(b.entity, 'fr'),
      countryEn: a.entity.name,
      country2En: b.entity.name,
      capitalFr:
        a.capital?.labels.find((l) => l.lang === 'fr')?.text ?? a.capital?.name ?? a.entity.name,
      capitalEn: a.capital?.name ?? a.entity.name,
      demFr: demonym(a, 'fr', false),
      demFrF: demonym(a, 'fr', true),
      demFrM: demonym(b, 'fr', false).replace(/s$/u, ''),
      demEn: englishDemonym(a),
      dem2En: englishDemonym(b),
      person: person.en[0] ?? person.name,
      org: org.fr[0] ?? org.name,
      orgEn: org.en[0] ?? org.name,
      media: pick(media).name,
      regionFr: region.fr[0] ?? region.name,
      regionEn: region.en[0] ?? region.name,
      n: String(1000 + Math.floor(random() * 12000)),
      nWordsFr: pick(['trois', 'trente', 'douze', 'cinquante']),
      nWordsEn: pick(['three', 'thirty', 'twelve', 'fifty']),
    };
  });
}

/** The English demonym of a country ("Russian"), from its aliases. */
function englishDemonym(record: ReturnType<typeof countryGazetteer>['records'][number]): string {
  const names = new Set([record.entity.name, ...record.entity.labels.map((l) => l.text)]);
  const aliases = record.entity.aliases.filter((a) => a.lang === 'en' && !names.has(a.text));
  return aliases.find((a) => /(?:an|ese|ish|i|ic)$/u.test(a.text))?.text ?? record.entity.name;
}

/** A deterministic corpus of `count` articles, half French, half English, 4 to 8 sentences each. */
export function generateCorpus(count: number, seed = 7): ArticleInput[] {
  const random = generator(seed);
  const slots = slotValues(random);
  return Array.from({ length: count }, (_, index) => {
    const language = index % 2 === 0 ? 'fr' : 'en';
    const templates = language === 'fr' ? FRENCH : ENGLISH;
    const length = 4 + Math.floor(random() * 5);
    const sentences = Array.from({ length }, () => {
      const values = slots[Math.floor(random() * slots.length)]!;
      return templates[Math.floor(random() * templates.length)]!.replace(
        /\{(\w+)\}/gu,
        (_, key: string) => values[key] ?? key,
      );
    });
    return {
      text: sentences.join(' '),
      title: `Generated article ${index + 1}`,
      language,
      publishedAt: '2024-12-17',
    };
  });
}

/** Extracts the generated corpus once and returns the throughput. */
export async function runExtractBench(
  options: { articles?: number } = {},
): Promise<ExtractBenchResult> {
  const corpus = generateCorpus(options.articles ?? 1000);
  const extractor = new RulesExtractor();
  await extractor.extract(corpus[0]!, []); // Builds the gazetteer once, outside the timing.
  let claims = 0;
  let entities = 0;
  let sentences = 0;
  const started = process.hrtime.bigint();
  for (const article of corpus) {
    const batch = await extractor.extract(article, []);
    claims += batch.claims.length;
    entities += batch.entities.length;
    sentences += new Set(batch.mentions.map((m) => m.sentenceSpan.start)).size;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    articles: corpus.length,
    sentences,
    claims,
    entities,
    seconds,
    articlesPerSecond: corpus.length / seconds,
    claimsPerSecond: claims / seconds,
  };
}

export function formatExtractBench(result: ExtractBenchResult): string {
  return (
    `extract (${RulesExtractorName()}): ${result.articles} articles, ${result.claims} claims in ${result.seconds.toFixed(2)} s` +
    ` — ${result.articlesPerSecond.toFixed(0)} articles/s, ${result.claimsPerSecond.toFixed(0)} claims/s`
  );
}

function RulesExtractorName(): string {
  return new RulesExtractor().name;
}

if (require.main === module) {
  runExtractBench().then(
    (result) => process.stdout.write(`${formatExtractBench(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

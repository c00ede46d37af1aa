import type { Entity } from '../../../domain/entity';
import { argumentOf, countryBeside } from '../argument';
import { AGENCY_NOUNS, NEWS_WORDS, OUTLET_NOUNS } from '../lexicon/nouns';
import type { FrameRule } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';

/**
 * LOCATED_IN for a news outlet its noun describes by a country: "Russia's Interfax news agency",
 * "the Iranian news agency IRNA", "l'agence sud-coréenne Yonhap", "die irakische Nachrichtenseite
 * Al-Sumaria", "la agencia rusa TASS". The outlet works from that country; it is no body of its
 * state (placeFrames leaves outlets out of PART_OF).
 */
export const outletFrames: FrameRule = (reading, token) => {
  const named = argumentOf(reading, token);
  if (!named || named.token !== token || named.entity.kind !== 'ORGANIZATION') return [];
  const country = outletCountry(reading, token);
  if (!country || country.id === named.entity.id) return [];
  return [
    proposal({
      predicate: 'LOCATED_IN',
      subject: named,
      object: { entity: country, token, forceOf: null },
      trigger: token,
      structural: true,
    }),
  ];
};

/** The nouns describing the outlet named at `token`: the one it is apposed or joined to, or its own. */
export function outletNouns(reading: SentenceReading, token: number): number[] {
  const { graph } = reading;
  const media = reading.gazetteer.isMedia(reading.mentionAt(token)?.entity.id ?? '');
  const head = graph.head(token);
  const nouns = [
    ...(head !== 0 && graph.is(token, 'appos', 'compound', 'flat') ? [head] : []),
    ...graph.children(token, 'compound'),
  ];
  return nouns.filter(
    (noun) =>
      reading.mentionAt(noun) === null &&
      (reading.has(noun, OUTLET_NOUNS) ||
        (reading.has(noun, AGENCY_NOUNS) &&
          (media ||
            graph.children(noun, 'compound', 'nmod').some((w) => reading.has(w, NEWS_WORDS))))),
  );
}

/** The country on an outlet's noun: its demonym or its owner ("Russia's"). */
function outletCountry(reading: SentenceReading, token: number): Entity | null {
  const { graph } = reading;
  for (const noun of outletNouns(reading, token)) {
    const owner = graph
      .children(noun, 'nmod:poss')
      .map((p) => reading.mentionAt(p)?.entity)
      .find((e) => e?.kind === 'COUNTRY');
    const country = owner ?? countryBeside(reading, noun);
    if (country?.kind === 'COUNTRY') return country;
  }
  return null;
}

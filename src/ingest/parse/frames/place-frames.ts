import type { Entity } from '../../../domain/entity';
import type { Argument } from '../argument';
import {
  wholesOfPart,
  PLACE_KINDS,
  argumentOf,
  compassPart,
  countryBeside,
  unitOwner,
} from '../argument';
import { datelineDash } from '../clause-roles';
import { regionDownAddress, regionNamedInBrackets } from './region-notes';
import { outletNouns } from './outlet-frames';
import { placedByCopula } from './placed-by-copula';
import { BORDER_WITH, GOAL, INSIDE, INSIDE_PART, LOCATIVE, OF } from '../lexicon/case-markers';
import {
  BORDER_MODIFIERS,
  BORDER_NOUNS,
  COMPASS_NOUNS,
  INSTITUTIONS,
  MUNICIPALITY_NOUNS,
  POLICE_FORCES,
  REGION_NOUNS,
  SETTLEMENT_NOUNS,
} from '../lexicon/nouns';
import type { FrameRule, Proposal } from '../proposal';
import { proposal } from '../proposal';
import { hasStem } from '../lexicon/stems';
import { nameHead, pastMention } from './name-spans';
import type { SentenceReading } from '../sentence-reading';

const PART_KINDS = new Set(['ORGANIZATION', 'ARMED_FORCE']);

/**
 * PART_OF and LOCATED_IN, as the text states them: an organisation with
 * its country's adjective, or described by one ("les services de
 * renseignement ukrainiens (GUR)", "le Pentagone, ministère américain de la
 * Défense"); a force read from its members' country; a place with its
 * country ("la région russe de Koursk", "Koursk, en Russie", "Kursk,
 * Russia"). World knowledge is never added.
 */
export const placeFrames: FrameRule = (reading, token) => {
  const named = argumentOf(reading, token);
  if (!named || named.token !== token) return [];
  if (named.forceOf)
    return [
      partOf(named, named.forceOf.id === named.entity.id ? null : named.forceOf, token),
    ].filter(isProposal);
  // A news agency described by its country ("the British agency Reuters") is no body of that
  // state; it works from there (outlet-frames.ts).
  if (
    PART_KINDS.has(named.entity.kind) &&
    !reading.gazetteer.isMedia(named.entity.id) &&
    outletNouns(reading, token).length === 0
  )
    return [partOf(named, describedCountry(reading, token), token)].filter(isProposal);
  if (named.entity.kind === 'LOCATION')
    return [locatedIn(reading, named, token) ?? placedByCopula(reading, named, token)].filter(
      isProposal,
    );
  return [];
};

function partOf(
  part: Argument,
  country: Argument['entity'] | null,
  token: number,
): Proposal | null {
  if (
    !country ||
    (country.kind !== 'COUNTRY' && country.kind !== 'ORGANIZATION') ||
    country.id === part.entity.id
  )
    return null;
  return proposal({
    predicate: 'PART_OF',
    subject: part,
    object: { entity: country, token, forceOf: null },
    trigger: token,
    structural: true,
  });
}

/**
 * The state an organisation belongs to, only when the text describes it as
 * a state body: in apposition with an institution and its country ("le
 * Pentagone, ministère américain de la Défense", "les services de
 * renseignement ukrainiens (GUR)"), or named as one ("the American National
 * Security Council"). A demonym alone proves nothing: "the Lebanese
 * Hezbollah" is no part of Lebanon.
 */
function describedCountry(reading: SentenceReading, token: number): Argument['entity'] | null {
  const { graph } = reading;
  // "le Conseil de sécurité nationale de la Maison-Blanche": a body of another body, named with "de/of"
  // (a state's "of", "Russia's Wagner", proves nothing about a group).
  for (const owner of graph.children(token, 'nmod').filter((m) => reading.caseIs(m, OF))) {
    const named = reading.mentionAt(owner);
    if (
      named &&
      named.entity.id !== reading.mentionAt(token)?.entity.id &&
      named.via !== 'demonym' &&
      named.entity.kind === 'ORGANIZATION'
    ) {
      return named.entity;
    }
  }
  const own = ownerInName(reading, token);
  if (own) return own;
  // "das Verteidigungsministerium Aserbaidschans": a ministry named with its country carries it.
  // (An armed force's data names its country too, which is world knowledge, not the text's.)
  const named = reading.mentionAt(token);
  if (named?.entity.kind === 'ORGANIZATION' && named.country?.kind === 'COUNTRY')
    return reading.use(named.country);
  // "Die Jihadistengruppe HTS, der syrische Ableger des Terrornetzwerkes Al-Kaida": a noun the
  // name is apposed to may carry a second apposition describing it.
  const headNoun =
    graph.is(token, 'appos') && !reading.mentionAt(graph.head(token)) ? graph.head(token) : null;
  const described = [
    ...graph.children(token, 'appos'),
    ...(headNoun === null
      ? []
      : [headNoun, ...graph.children(headNoun, 'appos').filter((a) => a !== token)]),
  ];
  // "el brazo armado de Hamás, las Brigadas Ezzedin al-Qassam": a body described as a group's
  // wing or unit is part of that group.
  for (const noun of described) {
    const owner = reading.mentionAt(noun) ? null : unitOwner(reading, noun);
    if (owner) return owner.entity;
  }
  // "le Conseil de sécurité nationale américain": a body whose own name is an institution's
  // describes itself as the state's; so does a police force ("la Policía Nacional de Colombia").
  for (const noun of [token, ...described]) {
    if (!stateBodyNoun(reading, noun)) continue;
    const country = countryBeside(reading, noun);
    if (country) return country;
  }
  return null;
}

function locatedIn(reading: SentenceReading, place: Argument, token: number): Proposal | null {
  const { graph } = reading;
  if (peopleOfPlace(reading, token)) return null;
  // "les villes yéménites de Hodeïda et Moka": a later conjunct is described as the first one is.
  let first = token;
  while (graph.is(first, 'conj')) first = graph.head(first);
  const head = graph.head(first);
  // "Berg-Karabach ist eine Region in Aserbaidschan": a copular clause is headed by its region noun.
  const described =
    graph.is(first, 'nmod', 'appos', 'flat', 'compound') ||
    (graph.is(first, 'nsubj') && graph.children(head, 'cop').length > 0);
  const region = head !== 0 && described && reading.has(head, REGION_NOUNS) ? head : token;
  // "Darfur, Sudan's western region": the region noun may stand in apposition after the name.
  // "Gihanga, province de Bubanza", "la commune de Gihanga, province de Bubanza", "Jalalaqsi, Hiran
  // region": or name the region the place lies in, after the place or after its own region noun.
  const apposed = [
    ...[token, ...(region === token ? [] : [region])].flatMap((t) => graph.children(t, 'appos')),
    ...nounAfterComma(reading, region === token ? token : Math.max(token, region)),
  ].filter((a) => reading.has(a, REGION_NOUNS));
  // "province de Bubanza" names its region; "une localité de la région de la Vakaga" names it
  // through the region noun after the settlement noun.
  const wider = (a: number): Entity | null => {
    if (reading.has(a, SETTLEMENT_NOUNS))
      return (
        graph
          .children(a, 'nmod')
          .filter((m) => reading.caseIs(m, OF) && reading.has(m, REGION_NOUNS))
          .map(wider)
          .find((c) => c) ?? null
      );
    const named = argumentOf(reading, a);
    return named && named.token !== a && PLACE_KINDS.has(named.entity.kind) ? named.entity : null;
  };
  let country =
    countryBeside(reading, region) ??
    countryBeside(reading, token) ??
    // A border area may name its neighbour ("zone frontalière avec le Niger", "une localité
    // frontalière du Niger"): only where it lies inside counts ("a border locality in the West
    // region").
    apposed
      .map((a) =>
        borderArea(reading, a)
          ? describedInside(reading, a)
          : (countryBeside(reading, a) ?? describedInside(reading, a) ?? wider(a)),
      )
      .find((c) => c && c.id !== place.entity.id) ??
    containingPlace(
      reading,
      region,
      region !== token && graph.is(first, 'compound', 'flat', 'appos'),
    ) ??
    // "die größte Stadt im Osten der Demokratischen Republik Kongo, Goma": the name may stand in
    // apposition after its region noun, which says where it lies, or be the subject of a copula
    // headed by it ("Tamou est une ville du sud-ouest du Niger").
    (region !== token && graph.is(first, 'appos', 'nsubj')
      ? describedInside(reading, region)
      : null);
  if (!country) {
    // "Koursk, en Russie," / "Kursk, Russia": the country right after the place, or after the
    // region noun that follows its name ("the Kiryat Shmona area in northern Israel").
    // "en los distritos de Al Yubah y Al Kasara, en el sur de Marib": the first of a list of
    // places looks past the list, where its last member does.
    // "en El Volcán": a name whose mention opens on its article looks on past the name's end.
    let anchor = Math.max(endOfList(reading, token), region);
    while (anchor < graph.size && reading.mentionAt(anchor + 1)?.entity.id === place.entity.id)
      anchor += 1;
    // Up to six words on: "Kofonou, à l'extrême nord du Bénin", "à Bourem, dans la région de Gao";
    // an article opening the name is no word between ("en el municipio de El Hatillo").
    const opening = (t: number) => graph.is(t, 'det') && reading.mentionAt(graph.head(t)) !== null;
    let end = Math.min(graph.size, anchor + 6);
    for (let next = anchor + 1; next <= end; next += 1) {
      if (opening(next)) end = Math.min(graph.size, end + 1);
      const mention = reading.mentionAt(next);
      // "Sankortchagou, near the border with Burkina Faso, in the Kpendjal prefecture": the
      // country across a border holds nothing; what follows may still.
      if (mention && acrossBorder(reading, next)) continue;
      // "in Marib, in Yemen's north": the owner of a compass part comes before it.
      const ownedPart = graph.is(next, 'nmod:poss') ? graph.head(next) : 0;
      if (
        mention &&
        ownedPart > next &&
        reading.caseIs(ownedPart, LOCATIVE) &&
        reading.has(ownedPart, COMPASS_NOUNS)
      ) {
        country = partOwner(reading, ownedPart);
        break;
      }
      // A country may stand apart; a region or a town only right after the place ("in Datu Salibo
      // town in Maguindanao"), and only for a place that is no country itself.
      const container =
        mention?.entity.kind === 'COUNTRY' ||
        (mention?.entity.kind === 'LOCATION' && place.entity.kind === 'LOCATION');
      if (mention && container && mention.via !== 'demonym') {
        // Inside it, not "near", "around" or "next to" it ("Djibo, a border town near Niger");
        // a way into it only after a way into the place ("nach Djibo, nach Burkina Faso").
        const marked =
          graph.caseOf(next) === '' ||
          reading.caseIs(next, INSIDE) ||
          (reading.caseIs(next, GOAL) && graph.caseOf(next) === graph.caseOf(token));
        const between = Array.from({ length: next - anchor - 1 }, (_, i) => anchor + 1 + i);
        // "Rakhine state, in western Myanmar": a comma between sets the country apart, unless a
        // clause starts there ("in Goma, but officials in Rwanda…", "Járkov, mientras que en Rusia").
        const apart =
          between.some((t) => graph.token(t).word === ',') &&
          !between.some((t) => /^(?:VERB|AUX|CCONJ|SCONJ)$/u.test(graph.pos(t)));
        // "Kiryat Shmona in northern Israel": right after the place, only its marker and adjectives between.
        const adjacent =
          reading.caseIs(next, INSIDE) &&
          between.every((t) => graph.is(t, 'case', 'det', 'amod') && graph.head(t) === next);
        // In a list ("in den Emiraten, Hongkong und Mauritius") a comma joins equals, not a place and its country.
        const listed =
          graph.is(next, 'conj') ||
          graph.is(token, 'conj') ||
          graph.children(token, 'conj').length > 0;
        // "Rakhine-Staat, der an Bangladesch grenzt": a country in a clause about the place is not its container.
        // ("the attacks targeting the Kiryat Shmona area in northern Israel" hold the place too).
        const clause = graph.head(next);
        const inClause =
          graph.is(clause, 'acl') &&
          reading.isVerb(clause) &&
          !graph.subtree(clause).includes(token);
        // A region or a town only for a place named by its own region noun ("Datu Piang town in
        // Maguindanao"; "in Donetsk in Bakhmut" narrows) where something is ("Flüchtlinge aus
        // Mariupol in der Region Saporischschja" came from one to the other).
        const placed =
          mention.entity.kind === 'COUNTRY'
            ? marked && (apart || adjacent)
            : (adjacent && region !== token && reading.caseIs(region, INSIDE)) ||
              regionAround(reading, token, region, next);
        if (placed && !listed && !inClause) country = mention.entity;
        break;
      }
      if (reading.mentionAt(next)) break;
      // "Kiryat Shmona, dans le nord d'Israël", "im Norden Israels", "Maungdaw township, in the
      // north of Rakhine state": a compass part of a country or of a region names the container.
      // German "in den Süden Israels" (accusative) is a way into a place, not a place in it.
      const towards =
        reading.language === 'de' &&
        graph.children(next, 'det').some((d) => graph.folded(d) === 'den');
      if (reading.caseIs(next, LOCATIVE) && reading.has(next, COMPASS_NOUNS) && !towards) {
        country = partOwner(reading, next);
        break;
      }
      // "Kati, 15 km northwest of Bamako": to one side of a capital, with no marker before the
      // compass word, is in its country (to one side of a country is outside it).
      if (graph.caseOf(next) === '' && reading.has(next, COMPASS_NOUNS)) {
        country = besideCapital(reading, next);
        break;
      }
    }
  }
  country ??=
    regionAfterComma(reading, place, token) ??
    regionInBrackets(reading, place, token) ??
    regionNamedInBrackets(reading, place, token) ??
    regionDownAddress(reading, place, token) ??
    regionRightAfter(reading, place, token) ??
    regionAfterPart(reading, token);
  if (!country || !PLACE_KINDS.has(country.kind) || country.id === place.entity.id) return null;
  if (acrossDateline(reading, token, country)) return null;
  return proposal({
    predicate: 'LOCATED_IN',
    subject: place,
    object: { entity: country, token, forceOf: null },
    trigger: token,
    structural: true,
  });
}

/** The last token of the last place listed after this one, or the token itself when no list follows. */
function endOfList(reading: SentenceReading, token: number): number {
  const { graph } = reading;
  const listed = graph.children(token, 'conj');
  if (listed.length === 0) return token;
  let end = Math.max(...listed);
  const last = reading.mentionAt(end)?.entity.id;
  while (end < graph.size && last !== undefined && reading.mentionAt(end + 1)?.entity.id === last)
    end += 1;
  return end;
}

/**
 * "die Karabach-Armenier", "los kosovo-serbios": a place joined by a hyphen to a people's name
 * names those people, and their people's country is not where the place lies.
 */
function peopleOfPlace(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  return graph
    .children(token, 'flat', 'compound', 'amod')
    .some(
      (c) =>
        c > token &&
        graph.token(c - 1).word === '-' &&
        graph.pos(c) === 'NOUN' &&
        reading.mentionAt(c)?.via === 'demonym',
    );
}

/**
 * "Dans le sud-ouest du Niger, dans la zone de Tillabéri", "Im Süden der Ukraine, im Gebiet
 * Cherson": a place named by its region noun, right after a comma that follows a compass part
 * of a country, lies in that country.
 */
function regionAfterPart(reading: SentenceReading, token: number): Entity | null {
  const { graph } = reading;
  let named = token;
  while (graph.is(named, 'flat', 'compound') && graph.head(named) > named)
    named = graph.head(named);
  const region = graph.head(named);
  if (region === 0 || !reading.has(region, REGION_NOUNS) || !reading.caseIs(region, INSIDE))
    return null;
  // The parser may hang the comma on the region's phrase itself.
  const words = graph.subtree(region).filter((t) => !graph.is(t, 'punct'));
  const comma = Math.min(...words) - 1;
  if (comma < 2 || graph.token(comma).word !== ',') return null;
  // The phrase before the comma, up to its head short of the verb, and short of an earlier
  // conjunct ("dans le nord du Mali et dans l'ouest du Niger, dans la région de Tillabéri").
  let part = comma - 1;
  while (
    graph.head(part) !== 0 &&
    graph.head(part) < comma &&
    !reading.isVerb(graph.head(part)) &&
    !graph.is(part, 'conj')
  )
    part = graph.head(part);
  const owner = compassPart(reading, [part])?.entity;
  return owner?.kind === 'COUNTRY' ? owner : null;
}

/**
 * "im Bezirk Semdinli in der Provinz Hakkari", "dans la localité de X dans la province de Y": a
 * place named by its region noun, followed at once by "in" and a region noun naming another, lies
 * in it. Only a region noun's place, so that "in Kyiv in 2022" or "in Gaza in the south" say
 * nothing of the kind.
 */
function regionRightAfter(reading: SentenceReading, place: Argument, token: number): Entity | null {
  const { graph } = reading;
  // The place too is named by its noun, where something is ("im Bezirk Semdinli"): not "in Gaza in
  // the city of Rafah", which narrows, nor "aus Mariupol in der Region…", which says whence.
  let named = token;
  while (graph.is(named, 'flat', 'compound') && graph.head(named) > named)
    named = graph.head(named);
  const own = graph.head(named);
  if (own === 0 || own > named || !reading.has(own, REGION_NOUNS) || !reading.caseIs(own, INSIDE))
    return null;
  const next = pastMention(reading, token + 1, place.entity.id);
  let region = next;
  while (region <= graph.size && graph.is(region, 'case', 'det') && graph.head(region) > region)
    region += 1;
  if (region > graph.size || region === next || !reading.has(region, REGION_NOUNS)) return null;
  const between = Array.from({ length: region - next }, (_, i) => next + i);
  if (!between.every((t) => graph.head(t) === region) || !reading.caseIs(region, INSIDE))
    return null;
  if (graph.is(region, 'conj') || graph.is(token, 'conj')) return null;
  const wider = argumentOf(reading, region);
  return wider && wider.entity.kind === 'LOCATION' && wider.entity.id !== place.entity.id
    ? wider.entity
    : null;
}

/**
 * "in Patikul, Sulu, on Monday", "à Goma, Nord-Kivu", "in Isige town, Gwoza Local Government
 * Area": a place named right after another, set off by a comma alone, is the region it lies in.
 * Not in a list ("Goma, Bukavu and Uvira"): neither name may have another conjunct or a
 * conjunction.
 */
function regionAfterComma(reading: SentenceReading, place: Argument, token: number): Entity | null {
  const { graph } = reading;
  let comma = pastMention(reading, token + 1, place.entity.id);
  // "in Isige town, Gwoza Local Government Area": the place's own region noun may come first.
  const named =
    comma === graph.head(token) &&
    graph.is(token, 'compound', 'flat') &&
    reading.has(comma, REGION_NOUNS)
      ? comma
      : token;
  if (named !== token) comma += 1;
  const next = comma + 1;
  if (next > graph.size || graph.token(comma).word !== ',') return null;
  const region = reading.mentionAt(next)?.entity;
  if (region?.kind !== 'LOCATION' || region.id === place.entity.id) return null;
  // A name of several words hangs on the parse by its last one ("Gwoza Local Government Area").
  const head = nameHead(reading, next, region.id);
  if (!graph.is(head, 'appos', 'conj') || graph.head(head) !== named) return null;
  const joined = [...graph.children(named, 'conj', 'cc'), ...graph.children(head, 'conj', 'cc')];
  if (joined.some((t) => t !== head)) return null;
  const after = pastMention(reading, next + 1, region.id);
  return after <= graph.size && graph.pos(after) === 'CCONJ' ? null : region;
}

/**
 * "la gendarmerie de Corte (Haute-Corse)": a region or a country named alone in brackets right
 * after a place is the one it lies in (French papers name a town's department so). A country in
 * brackets holds nothing: "Myanmar (Burma)" names it twice.
 */
function regionInBrackets(reading: SentenceReading, place: Argument, token: number): Entity | null {
  const { graph } = reading;
  if (place.entity.kind !== 'LOCATION') return null;
  const open = pastMention(reading, token + 1, place.entity.id);
  if (open + 1 > graph.size || graph.token(open).word !== '(') return null;
  const region = reading.mentionAt(open + 1)?.entity;
  if (!region || !PLACE_KINDS.has(region.kind) || region.id === place.entity.id) return null;
  const close = pastMention(reading, open + 2, region.id);
  return close <= graph.size && graph.token(close).word === ')' ? region : null;
}

/**
 * A dateline's place lies only in the country the dateline itself names ("MOGADISHU, Somalia –"):
 * in "Gaza – Israels Armee …" the parser may join the place to the clause's first name.
 */
function acrossDateline(reading: SentenceReading, token: number, country: Entity): boolean {
  const dash = datelineDash(reading);
  if (dash === 0 || token > dash) return false;
  for (let t = 1; t < dash; t += 1)
    if (reading.mentionAt(t)?.entity.id === country.id) return false;
  return true;
}

function isProposal(value: Proposal | null): value is Proposal {
  return value !== null;
}

/** A noun of a state's body: an institution's, or a police force's. */
function stateBodyNoun(reading: SentenceReading, token: number): boolean {
  return reading.has(token, INSTITUTIONS) || reading.has(token, POLICE_FORCES);
}

/**
 * A name that is itself a description of a state body ("ministère américain
 * de la Défense", "services de renseignement militaire ukrainiens", "Conseil
 * de sécurité nationale de la Maison-Blanche"): an institution noun first,
 * and a country's demonym or the owning body's name inside.
 */
function ownerInName(reading: SentenceReading, token: number): Argument['entity'] | null {
  const mention = reading.mentionAt(token);
  if (!mention) return null;
  const { graph } = reading;
  const inside: number[] = [];
  for (let t = 1; t <= graph.size; t += 1) {
    const { start, end } = graph.token(t);
    if (start >= mention.span.start && end <= mention.span.end) inside.push(t);
  }
  if (inside.length < 2) return null;
  // "Azerbaijan's Ministry of Defense", "the Russian Defence Ministry": the owner before the
  // institution noun, as a possessive or a demonym; before a police force's noun, also as the
  // country's name ("Kosovo Police", "Uganda Police Force").
  const before = inside.findIndex((t) => stateBodyNoun(reading, t));
  if (before > 0 && !stateBodyNoun(reading, inside[0]!)) {
    const owner = reading.mentionAt(inside[0]!) ?? null;
    const opening = reading.gazetteer
      .lookup(graph.token(inside[0]!).word)
      .find((e) => e.role === 'demonym' || (e.role === 'name' && e.entity.kind === 'COUNTRY'));
    const possessive =
      graph.token(inside[1]!).word.startsWith("'") || graph.token(inside[1]!).word.startsWith('’');
    const police = reading.has(inside[before]!, POLICE_FORCES);
    if (
      opening &&
      (opening.role === 'demonym' || possessive || police) &&
      owner?.entity.id === mention.entity.id
    )
      return reading.use(opening.country ?? opening.entity);
  }
  if (!stateBodyNoun(reading, inside[0]!)) return null;
  for (const t of inside.slice(1)) {
    const demonym = reading.gazetteer.lookup(graph.token(t).word).find((e) => e.role === 'demonym');
    if (demonym) return reading.use(demonym.country ?? demonym.entity);
    // "Conseil de sécurité nationale de la Maison-Blanche": the body it belongs to, named after "de".
    if (
      graph.is(t, 'case') &&
      hasStem(graph.folded(t), OF[reading.language]) &&
      t < inside[inside.length - 1]!
    ) {
      const rest = inside.filter((r) => r > t && !graph.is(r, 'det'));
      const owner = reading.gazetteer
        .lookup(graph.textOf(rest[0]!, rest[rest.length - 1]!))
        .find(
          (e) =>
            e.role === 'name' && (e.entity.kind === 'ORGANIZATION' || e.entity.kind === 'COUNTRY'),
        );
      if (owner && owner.entity.id !== mention.entity.id) return reading.use(owner.entity);
    }
  }
  return null;
}

/**
 * The place a compass part belongs to ("im Norden Israels", "in the north of Rakhine state"):
 * a country after any locative marker, a region only after one that puts the place inside the
 * part (French "à l'ouest de la ville" also means outside it, to the west). Outside a capital, to
 * one side of it, is its country ("au sud-ouest de Mogadiscio" is in Somalia).
 */
function partOwner(reading: SentenceReading, part: number): Entity | null {
  const inside = reading.caseIs(part, INSIDE_PART);
  return (
    wholesOfPart(reading, part)
      .map((m) => argumentOf(reading, m)?.entity)
      .map((e) => (e?.kind === 'LOCATION' && !inside ? capitalsCountry(reading, e) : e))
      .find((e): e is Entity => e?.kind === 'COUNTRY' || (e?.kind === 'LOCATION' && inside)) ?? null
  );
}

/** The country of the capital a compass word is "of" ("northwest of Bamako"), or null. */
function besideCapital(reading: SentenceReading, part: number): Entity | null {
  return (
    reading.graph
      .children(part, 'nmod', 'obl')
      .filter((whole) => reading.caseIs(whole, OF))
      .map((whole) => argumentOf(reading, whole)?.entity)
      .map((e) => (e?.kind === 'LOCATION' ? capitalsCountry(reading, e) : undefined))
      .find((e) => e !== undefined) ?? null
  );
}

/** The country whose capital `place` is, as the article's entity; undefined for another place. */
function capitalsCountry(reading: SentenceReading, place: Entity): Entity | undefined {
  const record = reading.gazetteer.countryWithCapital(place.id);
  return record ? reading.use(record.entity) : undefined;
}

/**
 * "à Sikikede, une localité de la région de la Vakaga", "à Sikikede – une localité …": the noun of
 * a place right after the comma or dash that follows a place's name, with only its article and
 * adjectives before it, describes that place, wherever the parser hangs it.
 */
function nounAfterComma(reading: SentenceReading, last: number): number[] {
  const { graph } = reading;
  if (last + 2 > graph.size || !/^(?:,|–|—|-)$/u.test(graph.token(last + 1).word)) return [];
  for (let noun = last + 2; noun <= Math.min(graph.size, last + 5); noun += 1) {
    if (reading.isNoun(noun)) {
      const before = Array.from({ length: noun - last - 2 }, (_, i) => last + 2 + i);
      return before.every((t) => graph.is(t, 'det', 'amod') && graph.head(t) === noun) &&
        !graph.is(noun, 'appos')
        ? [noun]
        : [];
    }
  }
  return [];
}

/** "the border with Burkina Faso", "la frontière avec le Burkina": the neighbour a border is named by. */
function acrossBorder(reading: SentenceReading, token: number): boolean {
  const { graph } = reading;
  // The name's own head ("Faso" of "Burkina Faso") carries its marker.
  let name = token;
  const mention = reading.mentionAt(token);
  while (graph.head(name) !== 0 && reading.mentionAt(graph.head(name)) === mention)
    name = graph.head(name);
  const head = graph.head(name);
  return head !== 0 && reading.caseIs(name, BORDER_WITH) && reading.has(head, BORDER_NOUNS);
}

/** "zone frontalière avec le Niger", "the border area with Niger": an area beside a country, not in it. */
function borderArea(reading: SentenceReading, noun: number): boolean {
  return reading.graph
    .children(noun, 'amod', 'compound')
    .some((m) => reading.has(m, BORDER_MODIFIERS) || reading.has(m, BORDER_NOUNS));
}

/**
 * "Goma, a city in eastern Congo", "Goma, eine Stadt im Osten des Kongo", "une ville de l'est
 * de la RDC": the place a region noun set beside a name puts it in, strictly inside ("a town
 * near Donetsk" is not in Donetsk), or inside a compass part of it.
 */
function describedInside(reading: SentenceReading, noun: number): Entity | null {
  const { graph } = reading;
  for (const inner of graph.children(noun, 'nmod')) {
    if (reading.has(inner, COMPASS_NOUNS)) {
      const owner =
        reading.caseIs(inner, INSIDE_PART) || reading.caseIs(inner, OF)
          ? partOwner(reading, inner)
          : null;
      if (owner) return owner;
      continue;
    }
    if (!reading.caseIs(inner, INSIDE)) continue;
    const named = argumentOf(reading, inner);
    if (named && PLACE_KINDS.has(named.entity.kind)) return named.entity;
  }
  return null;
}

/**
 * "died in Bakhmut in the Donetsk region", "à Bakhmout, dans la région de Donetsk", "in Bachmut im
 * Gebiet Donezk": a place right after another, named by its region noun (or a country's
 * first-level region: "el-Fasher in North Darfur") and marked "in", is the region the first lies
 * in, when the first is itself somewhere ("in", "at", "to", or acted on), or its own noun is ("in
 * the town of X, in the region of Y"), and not left ("aus Mariupol in der Region Saporischschja"
 * came from one to the other).
 */
function regionAround(
  reading: SentenceReading,
  token: number,
  region: number,
  next: number,
): boolean {
  const { graph } = reading;
  // "dans la ville de Bourem, dans la région de Gao", "in the town of Kafolo, in the Tehini
  // department": a place named by its own noun is where that noun is, the comma aside.
  const own = graph.caseOf(region);
  if (own !== '' && !reading.caseIs(region, LOCATIVE) && !reading.caseIs(region, GOAL))
    return false;
  // "in North Darfur": a first-level region needs no region noun to be one; its marker hangs on
  // the word of its name that the others hang on.
  const container = reading.mentionAt(next)?.entity;
  let last = next;
  while (last < graph.size && reading.mentionAt(last + 1)?.entity === container) last += 1;
  const inName = (t: number) => t >= next && t <= last;
  const nameHead = Array.from({ length: last - next + 1 }, (_, i) => next + i).find(
    (t) => !inName(graph.head(t)),
  );
  // "en el municipio de El Hatillo": a name may open on its article, which hangs on the name.
  const named = nameHead ?? next;
  const noun = reading.has(next, REGION_NOUNS)
    ? next
    : graph.is(named, 'compound', 'flat', 'nmod', 'appos') &&
        reading.has(graph.head(named), REGION_NOUNS)
      ? graph.head(named)
      : // "in Jibia Local Government Area", "in Kayin State": the region noun ends the name.
        nameHead !== undefined && container && reading.has(nameHead, REGION_NOUNS)
        ? nameHead
        : container && reading.gazetteer.isRegion(container.id)
          ? (nameHead ?? next)
          : null;
  if (noun === null || !reading.caseIs(noun, INSIDE)) return false;
  // "à Bourem, dans la ville de Gao" names two towns; "in the municipality of" one that holds the first.
  if (reading.has(noun, SETTLEMENT_NOUNS) && !reading.has(noun, MUNICIPALITY_NOUNS)) return false;
  // "en zona fronteriza con Arauca": an area beside a place, not in it.
  if (
    borderArea(reading, noun) ||
    (noun !== next && !reading.caseIs(next, OF) && graph.caseOf(next) !== '')
  )
    return false;
  // Only the region's marker, article, adjectives, noun and its own "of" between the two.
  // The rest of the place's own name ("El Volcán" from its article) is no word between either.
  const place = reading.mentionAt(token)?.entity;
  for (let between = token + 1; between < next; between += 1) {
    const ownName = place !== undefined && reading.mentionAt(between)?.entity === place;
    if (between === noun || graph.token(between).word === ',' || ownName) continue;
    const head = graph.head(between);
    if (!graph.is(between, 'case', 'det', 'amod') || ![noun, next, named].includes(head))
      return false;
  }
  return true;
}

/**
 * "El Fasher in North Darfur", "the Kiryat Shmona area in northern Israel", "Rakhine State's
 * Minbya": a place "in" another or owned by it;
 * so is the "of" of a region noun the place's name is part of ("the Khan Younis area of Gaza"),
 * not of one the place hangs on ("his city of Nyala in South Darfur").
 */
function containingPlace(
  reading: SentenceReading,
  token: number,
  regionNoun: boolean,
): Argument['entity'] | null {
  // "Goma is in North Kivu and Bukavu in South Kivu": the parser may hang the phrase of a clause
  // left without its verb on the place "in" which the first clause puts its subject. After a
  // conjunct of that place, the phrase is the conjunct's; as in a list ("in Goma and Bukavu in
  // eastern Congo") it may be both's, it is read for neither.
  const gapped = (m: number) =>
    reading.caseIs(token, INSIDE) && reading.graph.children(token, 'conj').some((c) => c < m);
  const holding = (m: number) =>
    reading.graph.is(m, 'nmod:poss') ||
    // Inside it: "Vovchansk near Russia", "bei Russland" is not in Russia.
    reading.caseIs(m, INSIDE) ||
    (regionNoun && reading.caseIs(m, OF));
  const phrases = reading.graph.children(token, 'nmod', 'nmod:poss');
  for (const inner of phrases.filter((m) => holding(m) && !gapped(m))) {
    const named = argumentOf(reading, inner);
    // "the Amhara town of Lalibela" names the town, where "the Khan Younis area of Gaza" or
    // "Jalalaqsi town of Hiran region" holds it.
    const naming =
      !reading.graph.is(inner, 'nmod:poss') &&
      !reading.has(inner, REGION_NOUNS) &&
      reading.caseIs(inner, OF) &&
      reading.has(token, SETTLEMENT_NOUNS) &&
      named?.entity.kind !== 'COUNTRY';
    // "en la zona fronteriza con Gao": an area beside a place holds nothing of it.
    if (named && PLACE_KINDS.has(named.entity.kind) && !naming && !borderArea(reading, inner))
      return named.entity;
  }
  return null;
}

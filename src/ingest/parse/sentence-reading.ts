import type { Entity } from '../../domain/entity';
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { LinkedMention } from '../linked-mention';
import type { AnalysisLanguage } from '../nlp/analysis';
import type { LastLoss, Scene } from './discourse';
import type { SentenceGraph } from './sentence-graph';
import type { Stems } from './lexicon/stems';
import { compoundHeadHas, hasStem } from './lexicon/stems';
import { BY } from './lexicon/case-markers';
import { ALLIANCE_NOUNS, ALLIANCE_WORDS } from './lexicon/nouns';
import { foldForMatch } from '../text/fold-for-match';

/** Definite articles, folded: "the alliance" names one the reader knows; "an alliance" does not. */
const DEFINITE = new Set(['the', "l'", 'le', 'la', 'die', 'der', 'das', 'den', 'dem', 'el']);

/** German compounds naming a deputy or a former holder, not the holder. */
const DEPUTY = /^(?:vize|stellvertret|ex|ehemal|fruher)/u;

/**
 * One sentence as the claim rules read it: its parse, the linked mentions
 * its tokens carry, and the entities a reading adds that no mention names
 * (a country's armed force read from "soldats nord-coréens").
 */
export class SentenceReading {
  private readonly byToken = new Map<number, LinkedMention>();
  private readonly prefixes = new Map<number, LinkedMention>();
  // What `has` found, per stem table and token (0 not asked yet, 1 yes, 2 no): the frame rules
  // ask each token of the same tables many times over.
  private readonly stemHits = new Map<Stems, Int8Array>();

  constructor(
    readonly graph: SentenceGraph,
    readonly language: AnalysisLanguage,
    mentions: readonly LinkedMention[],
    readonly gazetteer: Gazetteer,
    /** Shared by the article's sentences: every entity a claim may name. */
    readonly entities: Map<string, Entity>,
    /** The actor the previous sentences were about, for "il", "sie", "the group" (discourse.ts). */
    readonly antecedent: Entity | null = null,
    /** State armies named so far in the article, shared by its sentences, read in order. */
    private readonly forces: Entity[] = [],
    /** Where the story last put its fighting, for losses named without a place (discourse.ts). */
    readonly scene: Scene | null = null,
    /** Countries the article has named up to this sentence, this one included, in order. */
    readonly countriesNamed: readonly Entity[] = [],
    /**
     * Armed groups this sentence or the one before names as acting, else the one group the story
     * has shown acting before (discourse.ts, `actingGroups`; extract-from-analysis.ts).
     */
    readonly groupsNamed: readonly Entity[] = [],
    /** Countries the article named as places ("in Mali") before this sentence, in order. */
    readonly countryPlacesBefore: readonly Entity[] = [],
    /** The last loss the sentence just before counted, for "another four soldiers" (discourse.ts). */
    readonly lastLoss: LastLoss | null = null,
    /** The places, not countries, the sentence just before named, for "the city" alone. */
    readonly placesBefore: readonly Entity[] = [],
  ) {
    for (let index = 1; index <= graph.size; index += 1) {
      const token = graph.token(index);
      const mention = mentions.find((m) => m.span.start < token.end && token.start < m.span.end);
      if (!mention) continue;
      // "EU-Außenbeauftragte", "US-Präsident": a name before a hyphen modifies the word it is part of.
      const rest = token.word.slice(mention.span.end - token.start);
      if (mention.span.end < token.end && /^-\p{L}/u.test(rest)) this.prefixes.set(index, mention);
      else this.byToken.set(index, mention);
    }
    for (let index = 1; index <= graph.size; index += 1) {
      // A German common noun may be tagged a name of its own ("der Allianz"): an unknown candidate.
      const own = this.byToken.get(index);
      const named =
        own !== undefined && (own.via !== 'candidate' || own.surface !== graph.token(index).word);
      const alliance = named ? null : this.allianceNamedAgain(index);
      if (alliance) this.byToken.set(index, alliance);
    }
  }

  /**
   * "The alliance", "la coalición", "das Bündnis" alone: the one body the article names whose own
   * name holds such a word ("Three Brotherhood Alliance", "Saudi-led coalition"), named again
   * across sentences as `theArmy` names the one army. A modifier must be a word of that name
   * ("la alianza árabe" for the "coalición árabe"); not with a name of its own ("the alliance of
   * the three groups"), not after "an", nor with two such bodies named.
   */
  private allianceNamedAgain(index: number): LinkedMention | null {
    const { graph } = this;
    if (!this.isNoun(index) || !this.has(index, ALLIANCE_NOUNS)) return null;
    const definite = graph.children(index, 'det').some((d) => DEFINITE.has(graph.folded(d)));
    if (!definite || graph.children(index, 'nmod', 'appos', 'flat', 'compound').length > 0)
      return null;
    const modifiers = graph.children(index, 'amod').map((a) => graph.folded(a));
    const bodies = [...this.entities.values()].filter((entity) => {
      if (entity.kind !== 'ORGANIZATION' && entity.kind !== 'ARMED_FORCE') return false;
      const words = new Set(
        [
          entity.name,
          ...entity.labels.map((l) => l.text),
          ...entity.aliases.map((a) => a.text),
        ].flatMap((name) => foldForMatch(name).split(/[^\p{L}]+/u)),
      );
      return (
        [...words].some((word) => ALLIANCE_WORDS.has(word)) &&
        modifiers.every((word) => words.has(word))
      );
    });
    const [body] = bodies;
    if (body === undefined || bodies.length > 1) return null;
    const { start, end, word } = graph.token(index);
    return {
      span: { start, end },
      surface: word,
      sentence: graph.sentence.index,
      entity: body,
      via: 'alias',
      country: null,
      nested: false,
      personnel: false,
      media: false,
    };
  }

  mentionAt(index: number): LinkedMention | null {
    return this.byToken.get(index) ?? null;
  }

  /** The name a hyphenated compound opens with ("EU" in "EU-Außenbeauftragte"), if any. */
  prefixAt(index: number): LinkedMention | null {
    return this.prefixes.get(index) ?? null;
  }

  /**
   * True when the token's folded word has one of the language's stems; a
   * compound opening with a name is the word after the hyphen
   * ("Kremlin-Sprecher" is a "Sprecher", a "vice-president" is no president); a German verb
   * whose particle stands apart is also read whole ("fing … ab" as "abfing", "nahmen … ein" as
   * "einnahmen"), an English one with its particle ("beat back", "pulled out").
   */
  has(index: number, stems: Stems): boolean {
    let hits = this.stemHits.get(stems);
    if (hits === undefined) {
      hits = new Int8Array(this.graph.size + 1);
      this.stemHits.set(stems, hits);
    }
    if (hits[index] === 0) hits[index] = this.findStem(index, stems) ? 1 : 2;
    return hits[index] === 1;
  }

  private findStem(index: number, stems: Stems): boolean {
    const word = this.graph.folded(index);
    const own = stems[this.language];
    if (hasStem(word, own)) return true;
    if (this.prefixes.has(index) && hasStem(word.slice(word.lastIndexOf('-') + 1), own))
      return true;
    if (this.language === 'de')
      return this.graph
        .children(index, 'compound:prt')
        .some((particle) => hasStem(this.graph.folded(particle) + word, own));
    if (this.language !== 'en') return false;
    return this.englishParticles(index).some((particle) =>
      hasStem(`${word} ${this.graph.folded(particle)}`, own),
    );
  }

  /**
   * The particles of an English phrasal verb ("beat back", "pulled out"): its `compound:prt`, or
   * an adverb right after it, which the parser gives a participle ("had beaten back the assault").
   */
  private englishParticles(verb: number): number[] {
    return [
      ...this.graph.children(verb, 'compound:prt'),
      ...this.graph.children(verb, 'advmod').filter((adverb) => adverb === verb + 1),
    ];
  }

  /**
   * `has`, or for a German compound noun, its last part has one of the
   * stems: a compound names a kind of its head ("Militärchef" is a "Chef",
   * "Politbüromitglied" a "Mitglied"), but a deputy is not what he stands
   * in for ("Vizepräsident", "Stellvertreter").
   */
  headHas(index: number, stems: Stems): boolean {
    if (this.has(index, stems)) return true;
    if (this.language !== 'de' || !this.isNoun(index)) return false;
    const word = this.graph.folded(index);
    return !DEPUTY.test(word) && compoundHeadHas(word, stems.de);
  }

  /**
   * True when the case marker of the nominal is one of the language's
   * markers. Contractions are split by the analyser ("du" → "de le", "im" →
   * "in dem"), so the first word of a marker alone also counts.
   */
  caseIs(index: number, stems: Stems): boolean {
    const marker = this.graph.caseOf(index);
    if (marker === '') return false;
    const first = marker.split(' ')[0]!;
    return hasStem(marker, stems[this.language]) || hasStem(first, stems[this.language]);
  }

  /**
   * Verbs, auxiliaries used as verbs, English participles tagged as
   * adjectives, and verbs tagged as nouns that carry an auxiliary ("which
   * didn't comment").
   */
  isVerb(index: number): boolean {
    const pos = this.graph.pos(index);
    return (
      pos === 'VERB' ||
      pos === 'AUX' ||
      (pos === 'ADJ' && this.graph.children(index, 'nsubj', 'obl').length > 0) ||
      // "respaldados por Ruanda", "von Ruanda unterstützten": participles tagged as adjectives,
      // their "by" phrase made an object or a noun's modifier (German "von" may also be "of").
      (pos === 'ADJ' &&
        this.graph.children(index, 'obj', 'nmod').some((o) => this.caseIs(o, BY))) ||
      (pos === 'NOUN' && this.graph.children(index, 'aux').length > 0)
    );
  }

  isNoun(index: number): boolean {
    const pos = this.graph.pos(index);
    return pos === 'NOUN' || pos === 'PROPN';
  }

  /** An armed side: an armed force, or a group the gazetteer knows to bear arms. */
  isArmed(entity: Entity): boolean {
    return entity.kind === 'ARMED_FORCE' || this.gazetteer.isArmedGroup(entity.id);
  }

  /** Records an entity a claim names, so that the batch carries it. */
  use(entity: Entity): Entity {
    if (!this.entities.has(entity.id)) this.entities.set(entity.id, entity);
    return entity;
  }

  /** The state armies the article has named so far, in order ("the army" may refer back to one). */
  get forcesNamed(): readonly Entity[] {
    return this.forces;
  }

  /**
   * Notes the state armies this sentence names ("the Armed Forces of the Philippines (AFP)"), so
   * that "the army" of this sentence and the next ones may be that one.
   */
  noteNamedForces(): void {
    for (const { entity } of this.byToken.values())
      if (this.gazetteer.isNationalArmy(entity.id)) this.recordForce(entity);
  }

  /** Notes a state army read from its country ("l'armée soudanaise"); shared by the article's sentences. */
  recordForce(force: Entity): Entity {
    if (!this.forces.some((f) => f.id === force.id)) this.forces.push(force);
    return force;
  }
}

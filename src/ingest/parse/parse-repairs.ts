import { ACRONYM } from '../mentions/acronym-pattern';
import type { AnalysisLanguage, AnalysisSentence, Dependency } from '../nlp/analysis';
import { foldForMatch } from '../text/fold-for-match';
import { BY, LOCATIVE } from './lexicon/case-markers';
import { FUTURE_AUXILIARIES } from './lexicon/modality-words';
import { ARMY_NOUNS, CAPITAL_NOUNS, PERSONNEL, REGION_NOUNS, TIME_NOUNS } from './lexicon/nouns';
import {
  ARMED_GROUP_NOUNS,
  ATTACK_NOUNS,
  BETWEEN,
  HARM_VERBS,
  RESPONSIBILITY_VERBS,
  WAGE_VERBS,
} from './lexicon/predicate-triggers';
import { hasStem, keyOfStem } from './lexicon/stems';
import { REPORTING_VERBS } from './lexicon/verbs';
import { asSaidClause } from './repairs/as-said-clause';
import { contentAfterCitation } from './repairs/cited-content';
import { englishHelpedToFight, loneIndirectObject } from './repairs/english-objects';
import {
  englishAttackGerund,
  englishFightersTakenForVerb,
  frenchArticleBeforeAttack,
} from './repairs/nouns-read-as-verbs';
import {
  countedNounAfterNumberWord,
  germanMoreThanCount,
  numberWordTaggedAdjective,
  numberWordTaggedName,
} from './repairs/numbers';
import { nameBesideSource } from './repairs/source-apposition';
import { chiefBeforeName, titleAfterSpeaker, titleTaggedAdjective } from './repairs/titles';
import { foldedWord, reheaded } from './repairs/tree-edits';

/**
 * Known, systematic mistakes of the parser, undone before the rules read a sentence. Each repair
 * is a rewrite of the tree that keeps every token and leaves other sentences as they were.
 */
export function repairParse(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  return REPAIRS.reduce((repaired, repair) => repair(repaired, language), sentence);
}

type Repair = (sentence: AnalysisSentence, language: AnalysisLanguage) => AnalysisSentence;

function rootArc(dependencies: readonly Dependency[]): Dependency | undefined {
  return dependencies.find((d) => d.head === 0 && d.rel === 'root');
}

/** In order: a later repair reads the tree the earlier ones left. */
const REPAIRS: readonly Repair[] = [
  // First: the repairs below read a reported clause where it belongs.
  contentAfterCitation,
  nameBesideSource,
  asSaidClause,
  frenchArticleBeforeAttack,
  englishAttackGerund,
  englishFightersTakenForVerb,
  englishHelpedToFight,
  countedNounAfterNumberWord,
  numberWordTaggedName,
  numberWordTaggedAdjective,
  chiefBeforeName,
  frenchDesAfterNoun,
  trailingReportAside,
  subjectAfterSaid,
  germanAuxiliaryRoot,
  germanActiveNotPassive,
  germanHeadlineSubject,
  germanMoreThanCount,
  courseOfEvent,
  placeAfterTime,
  germanNaheSubject,
  speakerAfterOutlet,
  sideAfterBetweenName,
  modifierOfSecondSide,
  placeAfterBetweenSides,
  acronymAfterNoun,
  loneIndirectObject,
  titleAfterSpeaker,
  agentAfterParticiple,
  englishReducedRelative,
  germanRecipientBeforeParticiple,
  participleAfterComma,
  harmAfterComma,
  germanRelativeOnVerb,
  listedObliques,
  bareNameAfterName,
  flatAcrossComma,
  placeNounAfterName,
  spanishEstarPlace,
  spanishArabicArticle,
  nounAfterHyphenedName,
  germanGenitiveBeforeForce,
  titleTaggedAdjective,
];

/**
 * "ont fait plusieurs morts ce mardi dans l'enclave de Cabinda", "la noche del miércoles en el
 * distrito de Azotey": the parser may hang the place that follows a day on the day. A day has no
 * place of its own; the place goes to the verb the day belongs to, through the "ce" the French
 * parser may put above the day.
 */
function placeAfterTime(sentence: AnalysisSentence, language: AnalysisLanguage): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const verbOf = new Map<number, number>();
  for (const arc of dependencies) {
    if (!arc.rel.startsWith('nmod') || arc.dependent < arc.head) continue;
    if (!hasStem(foldedWord(sentence, arc.head), TIME_NOUNS[language])) continue;
    const locative = dependencies.some(
      (d) =>
        d.head === arc.dependent &&
        d.rel === 'case' &&
        hasStem(foldedWord(sentence, d.dependent), LOCATIVE[language]),
    );
    if (!locative) continue;
    let above = arcOf.get(arc.head)?.head ?? 0;
    if (tokens[above - 1]?.pos === 'PRON' || tokens[above - 1]?.pos === 'DET')
      above = arcOf.get(above)?.head ?? 0;
    if (tokens[above - 1]?.pos === 'VERB') verbOf.set(arc.dependent, above);
  }
  return reheaded(sentence, verbOf, 'obl');
}

/**
 * "Zwei Soldaten wurden nahe Kidal getötet": the German parser may take "nahe" for an adverb and
 * the place after it for a second subject. A name right after "nahe", beside another subject of
 * the same verb, is where it happened: an oblique marked "nahe".
 */
function germanNaheSubject(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const subjects = dependencies.filter((d) => d.rel.startsWith('nsubj'));
  for (const place of subjects) {
    const nahe = place.dependent - 1;
    if (foldedWord(sentence, nahe) !== 'nahe' || tokens[place.dependent - 1]?.pos !== 'PROPN')
      continue;
    const other = subjects.some((d) => d.head === place.head && d.dependent !== place.dependent);
    if (!other) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d === place
          ? { ...d, rel: 'obl' }
          : d.dependent === nahe
            ? { ...d, head: place.dependent, rel: 'case' }
            : d,
      ),
    };
  }
  return sentence;
}

/**
 * "a confirmé à l'AFP Jean-Claude Nzita", "dijo a la AFP Juan Pérez": the parser may run the
 * speaker's name on from the outlet's as one name. A person's words the analyser tags apart from
 * the outlet's are the name of another: the subject of the verb, when it has none.
 */
function speakerAfterOutlet(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const outlet of tokens) {
    const arc = arcOf.get(outlet.index);
    if (!arc || outlet.ner !== 'ORGANIZATION' || !arc.rel.startsWith('obl')) continue;
    const verb = tokens[arc.head - 1];
    if (
      verb?.pos !== 'VERB' ||
      dependencies.some((d) => d.head === verb.index && /^nsubj/u.test(d.rel))
    )
      continue;
    const person = dependencies
      .filter((d) => d.head === outlet.index && d.rel.startsWith('flat'))
      .map((d) => tokens[d.dependent - 1]!)
      .filter((t) => t.ner === 'PERSON');
    const first = person[0];
    if (first === undefined) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === first.index) return { ...d, head: verb.index, rel: 'nsubj' };
        if (person.some((t) => t.index === d.dependent)) return { ...d, head: first.index };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "un tiroteo entre pandilleros de la Mara Salvatrucha y agentes de la Policía": the parser joins
 * the second side, and what names it, to the first side's name. A common noun joined to the name
 * inside a "between" phrase is the other side, a conjunct of the first side's noun.
 */
function sideAfterBetweenName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const word = (index: number) => tokens[index - 1];
  for (const arc of dependencies) {
    const side = word(arc.head);
    const name = word(arc.dependent);
    if (arc.rel !== 'conj' || name?.pos !== 'NOUN' || side?.pos !== 'PROPN') continue;
    const owner = arcOf.get(side.index);
    if (!owner?.rel.startsWith('nmod') || word(owner.head)?.pos !== 'NOUN') continue;
    const between = dependencies.some(
      (d) =>
        d.head === owner.head &&
        d.rel === 'case' &&
        hasStem(foldForMatch(word(d.dependent)!.word), BETWEEN[language]),
    );
    if (!between) continue;
    // What the parser hung on the name after the other side is that side's ("de la Policía").
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d === arc
          ? { ...d, head: owner.head }
          : d.head === side.index && d.dependent > name.index && d.rel.startsWith('nmod')
            ? { ...d, head: name.index }
            : d,
      ),
    };
  }
  return sentence;
}

/** The arcs joining a second side to the first after "between" ("between the army and the RSF"). */
function secondSidesOfBetween(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): Dependency[] {
  const { dependencies } = sentence;
  return dependencies.filter(
    (arc) =>
      arc.rel === 'conj' &&
      arc.dependent > arc.head &&
      dependencies.some(
        (d) =>
          d.head === arc.head &&
          d.rel === 'case' &&
          hasStem(foldedWord(sentence, d.dependent), BETWEEN[language]),
      ),
  );
}

/**
 * "between the SSC and troops from the government of Somaliland": the parser may hang what follows
 * the second side on the first. Between two sides, a phrase after the second is the second's.
 */
function modifierOfSecondSide(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { dependencies } = sentence;
  const sideOf = new Map<number, number>();
  for (const arc of secondSidesOfBetween(sentence, language)) {
    for (const d of dependencies)
      if (d.head === arc.head && d.rel.startsWith('nmod') && d.dependent > arc.dependent)
        sideOf.set(d.dependent, arc.dependent);
  }
  return reheaded(sentence, sideOf);
}

/**
 * "Clashes between Philippine troops and the Maute Group in Marawi", "fighting broke out between
 * the army and the rebels in Kidal": the parser hangs the place on the second side; it is where
 * the fighting the "between" phrase belongs to took place. A named place marked "in" after the
 * second side goes to that event.
 */
function placeAfterBetweenSides(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = (index: number) => dependencies.find((d) => d.dependent === index);
  const moved = new Map<number, Dependency>();
  for (const arc of secondSidesOfBetween(sentence, language)) {
    const event = arcOf(arc.head);
    if (event === undefined || event.head === 0) continue;
    const eventIsNoun = tokens[event.head - 1]?.pos === 'NOUN';
    for (const d of dependencies) {
      if (d.head !== arc.dependent || !d.rel.startsWith('nmod') || d.dependent < arc.dependent)
        continue;
      const marked = dependencies.some(
        (c) =>
          c.head === d.dependent &&
          c.rel === 'case' &&
          hasStem(foldedWord(sentence, c.dependent), LOCATIVE[language]),
      );
      if (marked && tokens[d.dependent - 1]?.ner === 'LOCATION')
        moved.set(d.dependent, { ...d, head: event.head, rel: eventIsNoun ? 'nmod' : 'obl' });
    }
  }
  if (moved.size === 0) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) => moved.get(d.dependent) ?? d),
  };
}

/** Nouns that only say "during": "au cours de", "en el curso de", "in the course of", "im Verlauf". */
const COURSE_NOUNS = /^(?:cours|curso|transcurso|course|verlauf|zuge)$/u;

/**
 * "tués au cours d'une attaque", "muertos en el transcurso de un ataque", "im Verlauf der
 * Kämpfe": the event is the noun after "course", which the parser hangs under it. The event takes
 * its place in the tree, and "au cours de" becomes the event's marker, as "lors de" is.
 */
function courseOfEvent(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  // Each "course" noun, with the event it hides.
  const eventOf = new Map<number, number>();
  for (const arc of dependencies) {
    const course = tokens[arc.dependent - 1];
    if (!course || !/^(?:obl|nmod)/u.test(arc.rel) || !COURSE_NOUNS.test(foldForMatch(course.word)))
      continue;
    const event = dependencies.find(
      (d) => d.head === course.index && d.rel === 'nmod' && d.dependent > course.index,
    );
    if (event !== undefined) eventOf.set(course.index, event.dependent);
  }
  if (eventOf.size === 0) return sentence;
  const courseOf = new Map([...eventOf].map(([course, event]) => [event, course]));
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  return {
    ...sentence,
    dependencies: dependencies.map((d) => {
      const course = courseOf.get(d.dependent);
      if (course !== undefined) {
        const courseArc = arcOf.get(course)!;
        return { ...d, head: courseArc.head, rel: courseArc.rel };
      }
      const event = eventOf.get(d.dependent);
      if (event !== undefined) return { ...d, head: event, rel: 'case' };
      const above = eventOf.get(d.head);
      if (above !== undefined && d.rel === 'case') return { ...d, head: above };
      return d;
    }),
  };
}

/** German auxiliaries of the perfect and the passive. */
const GERMAN_AUXILIARY =
  /^(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden)$/u;

/** A past participle: a verb, or a word the tagger took for an adjective with the "ge-" form. */
function isGermanParticiple(token: AnalysisSentence['tokens'][number] | undefined): boolean {
  if (token === undefined) return false;
  return (
    token.pos === 'VERB' ||
    (token.pos === 'ADJ' && /^\p{L}*ge\p{L}+(?:t|en)$/u.test(foldForMatch(token.word)))
  );
}

/**
 * "Das pakistanische Militär hat … mindestens 145 Kämpfer der Separatistengruppe … getötet": the
 * parser may make the auxiliary the root and set the participle at the end beside it, its
 * object with it, and a genitive after that object the participle's passive subject. The
 * participle is the verb: the auxiliary and its dependents go under it, and a passive subject
 * after its object, in a clause that has a subject, is the genitive of that object.
 */
function germanAuxiliaryRoot(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const root = rootArc(dependencies);
  const auxiliary = root === undefined ? undefined : tokens[root.dependent - 1];
  if (!auxiliary || auxiliary.pos !== 'AUX' || !GERMAN_AUXILIARY.test(foldForMatch(auxiliary.word)))
    return sentence;
  // A participle with a subject of its own ("Die EU hat neue Strafmaßnahmen … beschlossen") is
  // read by the rules as it stands (clause-roles, `underAuxiliary`), unless the auxiliary has one
  // too: "Das Militär hat die russischen Angriffe zurückgeschlagen", where the parser takes the
  // participle for an adjective and its object for its subject.
  const auxiliarySubject = dependencies.some(
    (x) => x.head === auxiliary.index && x.rel === 'nsubj',
  );
  const participle = dependencies.find(
    (d) =>
      d.head === auxiliary.index &&
      /^(?:parataxis|conj|xcomp|dep)$/u.test(d.rel) &&
      d.dependent > auxiliary.index &&
      isGermanParticiple(tokens[d.dependent - 1]) &&
      (auxiliarySubject || !dependencies.some((x) => x.head === d.dependent && x.rel === 'nsubj')),
  );
  if (participle === undefined) return sentence;
  const verb = participle.dependent;
  const moved = dependencies.map((d): Dependency => {
    if (d === root) return { ...d, head: verb, rel: 'aux' };
    if (d === participle) return { ...d, head: 0, rel: 'root' };
    if (auxiliarySubject && d.head === verb && d.rel === 'nsubj') return { ...d, rel: 'obj' };
    return d.head === auxiliary.index && d.rel !== 'punct' ? { ...d, head: verb } : d;
  });
  const subject = moved.some((d) => d.head === verb && d.rel === 'nsubj');
  const object = moved.find((d) => d.head === verb && d.rel === 'obj');
  return {
    ...sentence,
    dependencies: moved.map((d) =>
      subject &&
      object !== undefined &&
      d.head === verb &&
      d.rel === 'nsubj:pass' &&
      d.dependent > object.dependent
        ? { ...d, head: object.dependent, rel: 'nmod' }
        : d,
    ),
  };
}

/** The German perfect's auxiliary "haben"; a passive takes "werden" (or "sein" for its state). */
const GERMAN_HABEN = /^(?:hat|haben|hatte|hatten|habe|hast|habt)$/u;
const GERMAN_WERDEN = /^(?:wird|werden|wurde|wurden|worden|wirst|wurdest)$/u;

/**
 * "werden … einmarschieren", "wird … schicken": the German parser calls every "werden" the
 * passive's, so the verb's own form tells the future. An infinitive ends in "-ern", "-eln"
 * ("erobern", whose participle is "erobert") or "-en" with no "ge" of a participle at its start or
 * after a particle ("geschickt", "angegriffen"); one in "-en" opening with an inseparable prefix
 * ("beschossen", "vertrieben", "überfallen") may be a participle and is left passive, unless the
 * parser gave it two subjects or objects with no preposition: a passive has one ("Die Stadt wird
 * beschossen"), the future of a verb with an object two ("Die Türkei wird die PKK bekämpfen").
 * Any verb with a passive's agent ("von Russland überfallen") is passive.
 */
function germanInfinitive(sentence: AnalysisSentence, verb: number): boolean {
  const { dependencies } = sentence;
  const agent = dependencies.some(
    (o) =>
      o.head === verb &&
      /^obl(?::agent)?$/u.test(o.rel) &&
      dependencies.some(
        (c) =>
          c.head === o.dependent &&
          c.rel === 'case' &&
          /^(?:von|durch)$/u.test(foldedWord(sentence, c.dependent)),
      ),
  );
  if (agent) return false;
  const word = foldedWord(sentence, verb);
  if (/(?:ieren|[^i]e[rl]n)$/u.test(word)) return true;
  if (!/[^i]en$/u.test(word)) return false;
  const bare = dependencies.filter(
    (d) =>
      d.head === verb &&
      /^(?:nsubj:pass|obj)$/u.test(d.rel) &&
      /^(?:NOUN|PROPN|PRON)$/u.test(sentence.tokens[d.dependent - 1]?.pos ?? '') &&
      !dependencies.some((c) => c.head === d.dependent && c.rel === 'case'),
  );
  return !PARTICIPLE_OPENING.test(word) || bare.length > 1;
}

/** A participle's "ge", alone or after a separable particle, or an inseparable prefix. */
const PARTICIPLE_OPENING =
  /^(?:(?:an|ab|auf|aus|bei|ein|fest|her|hin|los|mit|nach|vor|weg|zu|zuruck|zusammen)?ge|be|ver|er|zer|ent|emp|miss|uber|unter|um|durch|wider|hinter)/u;

/**
 * A German clause the parser read as a passive that is active: the perfect, with "haben" and no
 * "werden" ("Ein Selbstmordanschlag der TTP hat im Nordwesten Pakistans neun Soldaten getötet",
 * "hatte die russische Luftwaffe Rebellen angegriffen"), or the future, "werden" with an infinitive
 * ("Russland wird Truppen nach Belarus schicken", where the parser made the state an oblique and
 * the troops the passive's subject). Such a noun with a preposition ("lokalen Behörden zufolge")
 * is an oblique; a name in "-s" right after a noun of the clause is that noun's genitive ("im
 * Nordwesten Pakistans"). Of the others, the objects and, in the future, a bare oblique before
 * "werden", the first is the subject unless the clause has one, as German puts the subject before
 * the object when nothing else marks them; the rest are objects. The auxiliaries are the active's.
 */
function germanActiveNotPassive(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const rewritten = new Map<Dependency, Dependency>();
  for (const verb of new Set(
    dependencies.filter((d) => d.rel === 'nsubj:pass' || d.rel === 'aux:pass').map((d) => d.head),
  )) {
    const children = dependencies.filter((d) => d.head === verb);
    const isNoun = (d: Dependency) => /^(?:NOUN|PROPN)$/u.test(tokens[d.dependent - 1]?.pos ?? '');
    const hasCase = (d: Dependency) =>
      dependencies.some((x) => x.head === d.dependent && x.rel === 'case');
    // The parser may call "hat" a passive auxiliary, and a noun too ("Nordwesten Pakistans").
    const auxiliaries = children.filter((d) => /^aux(?::pass)?$/u.test(d.rel) && !isNoun(d));
    const words = auxiliaries.map((d) => foldedWord(sentence, d.dependent));
    const perfect =
      children.some((d) => d.rel === 'nsubj:pass') &&
      words.some((w) => GERMAN_HABEN.test(w)) &&
      !words.some((w) => GERMAN_WERDEN.test(w));
    const future = auxiliaries.find(
      (d) =>
        d.rel === 'aux:pass' &&
        hasStem(foldedWord(sentence, d.dependent), FUTURE_AUXILIARIES.de) &&
        germanInfinitive(sentence, verb),
    );
    if (!perfect && future === undefined) continue;
    for (const d of auxiliaries) if (d.rel !== 'aux') rewritten.set(d, { ...d, rel: 'aux' });
    const nouns = children.filter(isNoun);
    const arguments_: Dependency[] = [];
    for (const d of children) {
      if (d.rel === 'obj') arguments_.push(d);
      if (future && d.rel === 'obl:arg' && d.dependent < future.dependent && !hasCase(d))
        arguments_.push(d);
      if (d.rel !== 'nsubj:pass' && !(d.rel === 'aux:pass' && isNoun(d))) continue;
      const owner = nouns.find((n) => n.dependent === d.dependent - 1 && n.rel !== 'nsubj:pass');
      if (hasCase(d)) rewritten.set(d, { ...d, rel: 'obl' });
      else if (
        owner &&
        tokens[d.dependent - 1]?.pos === 'PROPN' &&
        /s$/u.test(foldedWord(sentence, d.dependent))
      )
        rewritten.set(d, { ...d, head: owner.dependent, rel: 'nmod' });
      else arguments_.push(d);
    }
    const hasSubject = children.some((d) => d.rel === 'nsubj');
    arguments_
      .sort((a, b) => a.dependent - b.dependent)
      .forEach((d, i) => rewritten.set(d, { ...d, rel: i === 0 && !hasSubject ? 'nsubj' : 'obj' }));
  }
  if (rewritten.size === 0) return sentence;
  return { ...sentence, dependencies: dependencies.map((d) => rewritten.get(d) ?? d) };
}

/**
 * "Zwölf Soldaten bei Angriff im Niger getötet": a German headline states a passive without its
 * auxiliary, and the parser may leave the noun before the participle a bare dependent. With no
 * subject or auxiliary of its own, the root participle's noun before it is its passive subject.
 */
function germanHeadlineSubject(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const root = rootArc(dependencies);
  if (root === undefined || tokens[root.dependent - 1]?.pos !== 'VERB') return sentence;
  const children = dependencies.filter((d) => d.head === root.dependent);
  if (children.some((d) => /^(?:aux|nsubj|cop)/u.test(d.rel))) return sentence;
  const noun = children.find(
    (d) =>
      d.rel === 'dep' &&
      d.dependent < root.dependent &&
      /^(?:NOUN|PROPN)$/u.test(tokens[d.dependent - 1]?.pos ?? ''),
  );
  if (noun === undefined) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) => (d === noun ? { ...d, rel: 'nsubj:pass' } : d)),
  };
}

/**
 * "le porte-parole des Forces armées du Cabinda": the French parser may read "des" right after a
 * noun as the plural article and hang what follows on the noun as an apposition, where it is
 * "de les", the noun's complement. The phrase becomes the noun's modifier, marked by "des".
 */
function frenchDesAfterNoun(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'fr') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const marks = new Map<number, number>();
  for (const arc of dependencies) {
    if (arc.rel !== 'appos' || arc.dependent <= arc.head) continue;
    const noun = tokens[arc.head - 1];
    const des = tokens[arc.head];
    if (noun?.pos !== 'NOUN' || des === undefined || foldForMatch(des.word) !== 'des') continue;
    const desArc = arcOf.get(des.index);
    if (desArc?.rel !== 'det' || desArc.head !== arc.dependent) continue;
    marks.set(arc.dependent, des.index);
  }
  if (marks.size === 0) return sentence;
  const articles = new Set(marks.values());
  return {
    ...sentence,
    tokens: tokens.map((t) => (articles.has(t.index) ? { ...t, pos: 'ADP' } : t)),
    dependencies: dependencies.map((d) =>
      marks.has(d.dependent)
        ? { ...d, rel: 'nmod' }
        : articles.has(d.dependent)
          ? { ...d, rel: 'case' }
          : d,
    ),
  };
}

/**
 * "Sobejana said troops from the 21st Infantry Battalion encountered 70 Abu Sayyaf members": with
 * no "that", the English parser may take the reported clause's subject for the object of "said",
 * hang its phrases on "said" and leave the reported verb a loose dependent. Nothing is said to
 * someone with "say": the object is the subject of the verb after it, which is what was said.
 */
function subjectAfterSaid(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  for (const said of tokens) {
    if (said.pos !== 'VERB' || said.lemma !== 'say') continue;
    const own = dependencies.filter((d) => d.head === said.index);
    const object = own.find((d) => d.rel === 'obj' && d.dependent > said.index);
    if (object === undefined) continue;
    const verb = own.find(
      (d) =>
        d.rel === 'dep' &&
        d.dependent > object.dependent &&
        tokens[d.dependent - 1]?.pos === 'VERB' &&
        !dependencies.some((c) => c.head === d.dependent && c.rel.startsWith('nsubj')),
    );
    if (verb === undefined) continue;
    const between = (d: Dependency) =>
      d.dependent > object.dependent &&
      d.dependent < verb.dependent &&
      /^(?:obl|nmod)/u.test(d.rel);
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d === verb) return { ...d, rel: 'ccomp' };
        if (d === object) return { ...d, head: verb.dependent, rel: 'nsubj' };
        if (d.head === said.index && between(d))
          return { ...d, head: object.dependent, rel: 'nmod' };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "Three members were killed during an encounter in Sulu on Monday, a military official said": the
 * English parser may make the final "…, X said" a complement of the reported verb and hang on
 * "said" the phrases before the comma ("during an encounter", "on Monday"), taking them from the
 * event they belong to. They go back to the reported verb, and "said" becomes the aside it is.
 */
function trailingReportAside(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const said of tokens) {
    const arc = arcOf.get(said.index);
    if (
      arc?.rel !== 'ccomp' ||
      arc.head >= said.index ||
      said.pos !== 'VERB' ||
      keyOfStem(foldForMatch(said.word), language, REPORTING_VERBS) === null
    )
      continue;
    const subject = dependencies.find((d) => d.head === said.index && d.rel === 'nsubj');
    if (subject === undefined || subject.dependent > said.index) continue;
    // The comma that opens the aside: the last one before the speaker's phrase.
    const comma = dependencies
      .filter(
        (d) =>
          d.head === said.index &&
          d.rel === 'punct' &&
          d.dependent < subject.dependent &&
          tokens[d.dependent - 1]?.word === ',',
      )
      .map((d) => d.dependent)
      .pop();
    if (comma === undefined) continue;
    const reported = arc.head;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === said.index) return { ...d, rel: 'parataxis' };
        if (d.head === said.index && d.dependent < comma) return { ...d, head: reported };
        return d;
      }),
    };
  }
  return sentence;
}

/** Relations inside one noun phrase, from a modifier up to its noun. */
const INSIDE_PHRASE = /^(?:compound|flat|amod|fixed)/u;

/**
 * "porte-parole de la force conjointe police-armée (JTF) opérant dans le delta": the parser may
 * hang an acronym in parentheses on the verb. Right after a noun phrase, it names that phrase's
 * noun, in apposition.
 */
function acronymAfterNoun(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const acronym of tokens) {
    const open = tokens[acronym.index - 2];
    const close = tokens[acronym.index];
    const before = tokens[acronym.index - 3];
    if (open?.word !== '(' || close?.word !== ')' || !before) continue;
    if (!ACRONYM.test(acronym.word)) continue;
    let noun = before.index;
    for (let arc = arcOf.get(noun); arc && INSIDE_PHRASE.test(arc.rel); arc = arcOf.get(noun))
      noun = arc.head;
    const head = tokens[(arcOf.get(acronym.index)?.head ?? 0) - 1];
    if (tokens[noun - 1]?.pos !== 'NOUN' || head?.pos !== 'VERB') continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d.dependent === acronym.index ? { ...d, head: noun, rel: 'appos' } : d,
      ),
    };
  }
  return sentence;
}

/** The analyser's tags of a name: not a date, a time or a number. */
const NAME_TAGS: ReadonlySet<string> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);

/**
 * "mueren en un ataque reivindicado por al Qaeda": the parser may hang the name after a
 * participle of claiming or waging, and its "by", on the clause's verb. Right after the
 * participle, the name is the participle's agent. Only a name: "por la noche" says when.
 */
function agentAfterParticiple(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const participle of tokens) {
    const arc = arcOf.get(participle.index);
    if (!arc || !/^(?:amod|acl)/u.test(arc.rel)) continue;
    if (
      !hasStem(foldedWord(sentence, participle.index), RESPONSIBILITY_VERBS[language]) &&
      !hasStem(foldedWord(sentence, participle.index), WAGE_VERBS[language])
    )
      continue;
    const marker = arcOf.get(participle.index + 1);
    if (
      !marker ||
      marker.rel !== 'case' ||
      !hasStem(foldedWord(sentence, marker.dependent), BY[language])
    )
      continue;
    const name = tokens[marker.head - 1];
    const nameArc = arcOf.get(marker.head);
    if (!name || !nameArc || nameArc.head === participle.index) continue;
    if (name.pos !== 'PROPN' && !NAME_TAGS.has(name.ner)) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) =>
        d.dependent === name.index ? { ...d, head: participle.index, rel: 'obl:agent' } : d,
      ),
    };
  }
  return sentence;
}

/**
 * "Drones supplied by Iran to Russia hit Kyiv", "Drones supplied by Iran were used": the English
 * parser may take a participle with its agent for the clause's verb, making the real verb a clause
 * of the last noun ("hit" under "Russia") or the participle its clausal subject. A participle with
 * no auxiliary, a subject before it and an agent after "by" describes that subject, which is the
 * subject of the verb the clause has.
 */
function englishReducedRelative(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const below = (index: number, head: number): boolean => {
    for (let at = arcOf.get(index)?.head ?? 0; at !== 0; at = arcOf.get(at)?.head ?? 0)
      if (at === head) return true;
    return false;
  };
  for (const participle of tokens) {
    const arc = arcOf.get(participle.index);
    // A past participle is a verb form other than its lemma ("supplied", "sent"), which the
    // parser gives no auxiliary when it reads it as a past tense.
    if (!arc || participle.pos !== 'VERB' || participle.word.toLowerCase() === participle.lemma)
      continue;
    const own = dependencies.filter((d) => d.head === participle.index);
    const subject = own.find((d) => d.rel === 'nsubj' && d.dependent < participle.index);
    const agent = own.some(
      (d) =>
        d.rel === 'obl' &&
        dependencies.some(
          (c) =>
            c.head === d.dependent &&
            c.rel === 'case' &&
            foldedWord(sentence, c.dependent) === 'by',
        ),
    );
    if (subject === undefined || !agent || own.some((d) => d.rel.startsWith('aux'))) continue;
    const clausal = arc.rel.startsWith('csubj');
    // "Missiles sent by North Korea to Russia struck Kharkiv, officials said": the participle
    // may hang as a clause of the reporting verb after it, the real verb its "dep".
    const reported = arc.rel === 'advcl' && arc.head > participle.index;
    const realVerb = (d: (typeof dependencies)[number]) =>
      d.dependent > participle.index &&
      (!reported || d.dependent < arc.head) &&
      tokens[d.dependent - 1]?.pos === 'VERB' &&
      ((d.rel === 'acl' && below(d.dependent, participle.index)) ||
        (reported && d.rel === 'dep' && d.head === participle.index));
    const main = clausal
      ? arc.head
      : arc.head === 0 || reported
        ? dependencies.find(realVerb)?.dependent
        : undefined;
    if (main === undefined) continue;
    const rel = arc.rel === 'csubj:pass' ? 'nsubj:pass' : 'nsubj';
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === subject.dependent) return { ...d, head: main, rel };
        if (d.dependent === participle.index) return { ...d, head: subject.dependent, rel: 'acl' };
        if (clausal) return d;
        // What is said before its reporting verb is that verb's content.
        if (d.dependent === main && reported) return { ...d, head: arc.head, rel: 'ccomp' };
        if (d.dependent === main) return { ...d, head: 0, rel: 'root' };
        // The clause's closing punctuation is the new root's.
        return d.head === participle.index && d.rel === 'punct' && d.dependent > main
          ? { ...d, head: main }
          : d;
      }),
    };
  }
  return sentence;
}

/**
 * "die von Iran an Russland gelieferten Drohnen": before a German attributive participle the
 * parser may hang the "an" phrase on the agent's name, as if Iran were "at" Russia. A phrase
 * after "an" or "nach" hung on the participle's "von" phrase, between it and the participle, is
 * the participle's goal.
 */
function germanRecipientBeforeParticiple(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { dependencies } = sentence;
  const marked = (token: number, stems: readonly string[]) =>
    dependencies.some(
      (c) =>
        c.head === token && c.rel === 'case' && hasStem(foldedWord(sentence, c.dependent), stems),
    );
  for (const agent of dependencies) {
    if (agent.rel !== 'nmod' || agent.dependent > agent.head || !marked(agent.dependent, BY.de))
      continue;
    const participle = dependencies.find((d) => d.dependent === agent.head);
    if (!participle || !/^(?:amod|acl)$/u.test(participle.rel)) continue;
    const goal = dependencies.find(
      (d) =>
        d.head === agent.dependent &&
        d.rel === 'nmod' &&
        d.dependent > agent.dependent &&
        d.dependent < agent.head &&
        marked(d.dependent, GERMAN_GOAL),
    );
    if (goal !== undefined)
      return reheaded(sentence, new Map([[goal.dependent, agent.head]]), 'obl');
  }
  return sentence;
}

/** Where a German delivery goes: "an Russland", "nach Russland". */
const GERMAN_GOAL = ['an$', 'nach$'];

/**
 * "… ataques del Ejército Nacional Sirio (SNA), respaldado por Turquía, en la zona de Manbij": the
 * parser may hang a participle set off by commas, with its "by" phrase, on the clause's verb, and
 * take the agent for an object. Such a participle with no subject nor auxiliary of its own
 * describes the noun before its comma (past any bracket and the rest of that noun's name), and
 * its "by" phrase is its agent.
 */
function participleAfterComma(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  for (const arc of dependencies) {
    const participle = tokens[arc.dependent - 1];
    if (arc.rel !== 'advcl' || participle?.pos !== 'VERB') continue;
    if (tokens[arc.dependent - 2]?.word !== ',') continue;
    const own = dependencies.filter((d) => d.head === arc.dependent);
    if (own.some((d) => /^(?:nsubj|aux|mark)/u.test(d.rel))) continue;
    const agent = own.find(
      (d) =>
        /^(?:obj|obl)$/u.test(d.rel) &&
        dependencies.some(
          (c) =>
            c.head === d.dependent &&
            c.rel === 'case' &&
            hasStem(foldedWord(sentence, c.dependent), BY[language]),
        ),
    );
    if (agent === undefined) continue;
    // The word before the comma (tokens are 1-based; the comma is `arc.dependent - 1`).
    let noun = arc.dependent - 2;
    while (tokens[noun - 1]?.pos === 'PUNCT' && arcOf.get(noun)) noun = arcOf.get(noun)!.head;
    while (/^(?:flat|appos)/u.test(arcOf.get(noun)?.rel ?? '')) noun = arcOf.get(noun)!.head;
    if (!/^(?:NOUN|PROPN)$/u.test(tokens[noun - 1]?.pos ?? '') || noun === arc.head) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === arc.dependent) return { ...d, head: noun, rel: 'acl' };
        if (d.dependent === agent.dependent) return { ...d, rel: 'obl:agent' };
        return d;
      }),
    };
  }
  return sentence;
}

/**
 * "Boko Haram attacked Maiduguri, killing ten soldiers": the English parser may hang a harm's
 * participle after a comma on the noun before the comma, as what that noun did (Maiduguri
 * killing). Set off by the comma, it is what the clause's action did: it hangs on the clause's
 * verb, whose subject is the one who harmed.
 */
function harmAfterComma(sentence: AnalysisSentence, language: AnalysisLanguage): AnalysisSentence {
  if (language !== 'en') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const verbOf = new Map<number, number>();
  for (const arc of dependencies) {
    const participle = tokens[arc.dependent - 1];
    if (arc.rel !== 'acl' || participle?.pos !== 'VERB' || !/ing$/u.test(participle.word)) continue;
    if (tokens[arc.dependent - 2]?.word !== ',') continue;
    if (!hasStem(foldForMatch(participle.word), HARM_VERBS.en)) continue;
    let verb = arc.head;
    while (verb !== 0 && tokens[verb - 1]?.pos !== 'VERB') verb = arcOf.get(verb)?.head ?? 0;
    if (verb !== 0) verbOf.set(arc.dependent, verb);
  }
  return reheaded(sentence, verbOf, 'advcl');
}

/** German relative pronouns, as they open a relative clause after its comma. */
const GERMAN_RELATIVE = /^(?:der|die|das|den|dem|denen|dessen|deren|welche[nmrs]?)$/u;

/**
 * "griffen einen Kontrollpunkt an, der von den Security Belt Forces besetzt war": the German
 * parser may hang a relative clause on the main verb. A relative clause says something of a noun,
 * the nearest one before its comma (past a separated verb particle).
 */
function germanRelativeOnVerb(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const nounOf = new Map<number, number>();
  for (const arc of dependencies) {
    if (arc.rel !== 'acl' || tokens[arc.head - 1]?.pos !== 'VERB') continue;
    const first = Math.min(
      arc.dependent,
      ...dependencies
        .filter((d) => d.head === arc.dependent && d.rel !== 'punct')
        .map((d) => d.dependent),
    );
    const pronoun = tokens[first - 1];
    if (tokens[first - 2]?.word !== ',' || pronoun?.pos !== 'PRON') continue;
    if (!GERMAN_RELATIVE.test(pronoun.word.toLowerCase())) continue;
    // The word before the comma (1-based tokens: the comma is `first - 1`), or the one before a particle.
    let noun = first - 2;
    if (dependencies.some((d) => d.dependent === noun && d.rel === 'compound:prt')) noun -= 1;
    if (/^(?:NOUN|PROPN)$/u.test(tokens[noun - 1]?.pos ?? '')) nounOf.set(arc.dependent, noun);
  }
  return reheaded(sentence, nounOf);
}

/**
 * "opère au Nigeria, au Tchad et au Cameroun": the parser may read a list whose items repeat
 * their preposition as phrases of the verb, the last one with the rest of the list as its
 * conjuncts. An oblique right after another, set off by a comma only, under the same preposition,
 * is one more item of the first one's list if it closes the list ("… et au Cameroun") or another
 * such item after it does ("au Nigeria, au Tchad, au Cameroun et au Niger"); "à Koursk, à la
 * demande de Moscou" closes none.
 */
function listedObliques(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const markerOf = (phrase: number) =>
    dependencies.find((d) => d.head === phrase && d.rel === 'case')?.dependent;
  const markedAs = (phrase: number, other: number) => {
    const [marker, otherMarker] = [markerOf(phrase), markerOf(other)];
    return (
      marker !== undefined &&
      otherMarker !== undefined &&
      foldedWord(sentence, marker) === foldedWord(sentence, otherMarker)
    );
  };
  // A phrase's words, without the commas the parser may hang on it.
  const words = (phrase: number) =>
    dependencies.filter((d) => d.head === phrase && d.rel !== 'punct').map((d) => d.dependent);
  const firstOf = (phrase: number): number => Math.min(phrase, ...words(phrase).map(firstOf));
  const lastOf = (phrase: number): number => Math.max(phrase, ...words(phrase).map(lastOf));
  const name = (phrase: number) => tokens[phrase - 1]?.pos === 'PROPN';
  // The name phrase right after `earlier`, under its head and its preposition, after a comma.
  const nextItem = (earlier: Dependency) =>
    dependencies.find(
      (d) =>
        d.head === earlier.head &&
        d.rel === 'obl' &&
        name(d.dependent) &&
        tokens[firstOf(d.dependent) - 2]?.word === ',' &&
        firstOf(d.dependent) - 2 === lastOf(earlier.dependent) &&
        markedAs(d.dependent, earlier.dependent),
    );
  const closesList = (phrase: Dependency): boolean => {
    const closes = dependencies.some(
      (d) =>
        d.head === phrase.dependent &&
        d.rel === 'conj' &&
        dependencies.some((c) => c.head === d.dependent && c.rel === 'cc'),
    );
    const next = nextItem(phrase);
    return closes || (next !== undefined && closesList(next));
  };
  for (const earlier of dependencies) {
    if (earlier.rel !== 'obl' || !name(earlier.dependent)) continue;
    const later = nextItem(earlier);
    if (later === undefined || !closesList(later)) continue;
    // The later item and its conjuncts join the earlier one's list; then the next item may.
    return listedObliques({
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === later.dependent) return { ...d, head: earlier.dependent, rel: 'conj' };
        if (d.head === later.dependent && d.rel === 'conj')
          return { ...d, head: earlier.dependent };
        return d;
      }),
    });
  }
  return sentence;
}

/**
 * "en el distrito de Azotey, Concepción, a 376 kilómetros": the parser may join a name set after
 * another and a comma to it as one name. A comma ends a name: the later one is set beside it.
 */
function flatAcrossComma(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const across = (d: Dependency) =>
    d.rel === 'flat' &&
    d.head < d.dependent &&
    tokens.slice(d.head, d.dependent - 1).some((t) => t.word === ',');
  if (!dependencies.some(across)) return sentence;
  return {
    ...sentence,
    dependencies: dependencies.map((d) => (across(d) ? { ...d, rel: 'appos' } : d)),
  };
}

/**
 * "Sittwe, la capital de Rajine", "Abyei, Hauptstadt der Grenzregion", "Cabinda, région
 * pétrolière": a place noun set after a name and a comma says what that name is, but the parser
 * may hang it on a noun further back ("áreas residenciales de … Sittwe"). It goes to the name, or
 * to the head of the name's words.
 */
function placeNounAfterName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const isName = (token: number) => tokens[token - 1]?.pos === 'PROPN';
  // Whether `ancestor` stands above `token`: a word is never hung under itself.
  const isAbove = (ancestor: number, token: number): boolean => {
    const seen = new Set<number>();
    let at = arcOf.get(token)?.head ?? 0;
    while (at > 0 && !seen.has(at)) {
      if (at === ancestor) return true;
      seen.add(at);
      at = arcOf.get(at)?.head ?? 0;
    }
    return false;
  };
  const heads = new Map<number, number>();
  for (const d of dependencies) {
    const word = foldedWord(sentence, d.dependent);
    if (d.rel !== 'appos') continue;
    if (!hasStem(word, REGION_NOUNS[language]) && !hasStem(word, CAPITAL_NOUNS[language])) continue;
    const first = Math.min(
      d.dependent,
      ...dependencies
        .filter((x) => x.head === d.dependent && x.rel !== 'punct')
        .map((x) => x.dependent),
    );
    let name = first - 2;
    if (tokens[first - 2]?.word !== ',' || !isName(name)) continue;
    // "Nord-Kivu": the name's head, through its own words.
    while (/^(?:flat|compound)/u.test(arcOf.get(name)?.rel ?? '') && isName(arcOf.get(name)!.head))
      name = arcOf.get(name)!.head;
    if (d.head === name || isAbove(d.dependent, name)) continue;
    heads.set(d.dependent, name);
  }
  return reheaded(sentence, heads);
}

/**
 * "las provincias tailandesas de Surin, Ubon Ratchathani y Buriram": the parser may hang the
 * second name of a list on the verb, with the rest of the list as its conjuncts. A bare name
 * (no preposition of its own) right after a name and a comma, that closes a list ("… y Buriram"),
 * is one more item of that name's list, unless it is a clause's subject ("selon Reuters, Smith et
 * Jones ont dit") or the list's later items have prepositions of their own.
 */
function bareNameAfterName(sentence: AnalysisSentence): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const name = (token: number) => tokens[token - 1]?.pos === 'PROPN';
  const children = (token: number) => dependencies.filter((d) => d.head === token);
  const lastOf = (phrase: number): number =>
    Math.max(
      phrase,
      ...children(phrase)
        .filter((d) => d.rel !== 'punct' && d.rel !== 'conj')
        .map((d) => lastOf(d.dependent)),
    );
  for (const later of dependencies) {
    if (!name(later.dependent) || !/^(?:obl|obj|nmod|dep|appos)/u.test(later.rel)) continue;
    const own = children(later.dependent);
    const conjuncts = own.filter((d) => d.rel === 'conj').map((d) => d.dependent);
    // "… de la RDC, Félix Tshisekedi, et du Rwanda, Paul Kagame": an item with a preposition of
    // its own starts another phrase, not this list.
    const marked = (t: number) => children(t).some((d) => d.rel === 'case');
    if (marked(later.dependent) || conjuncts.some(marked)) continue;
    const closes = conjuncts.some((c) => children(c).some((d) => d.rel === 'cc'));
    const comma = later.dependent - 1;
    const earlier = comma - 1;
    if (!closes || tokens[comma - 1]?.word !== ',' || later.head === earlier) continue;
    // The earlier name is the whole phrase before the comma: its last word, or a flat name's.
    const head = dependencies.find((d) => d.dependent === earlier);
    const first = head && /^flat/u.test(head.rel) ? head.head : earlier;
    if (!name(first) || lastOf(first) !== earlier || first === later.head) continue;
    return {
      ...sentence,
      dependencies: dependencies.map((d) => {
        if (d.dependent === later.dependent) return { ...d, head: first, rel: 'conj' };
        if (d.head === later.dependent && d.rel === 'conj') return { ...d, head: first };
        return d;
      }),
    };
  }
  return sentence;
}

/** The forms of Spanish "estar" (to be somewhere) the analyser tags as an auxiliary. */
const ESTAR =
  /^(?:esta|estan|estaba|estaban|estuvo|estuvieron|estara|estaran|estaria|estarian|estado|este|esten|estuviera|estuvieran)$/u;

/**
 * "Las tropas rusas están en Malí", "Wagner está en Malí desde 2021": the parser may head the clause
 * with "estar" and hang the place on it, where the other languages' copular clauses are headed
 * by the place ("Wagner has been in Mali", UD's copula). The place takes the clause: "estar"
 * becomes its copula and the verb's other dependents its own.
 */
function spanishEstarPlace(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'es') return sentence;
  const { tokens, dependencies } = sentence;
  const caseOf = (token: number) =>
    dependencies.find((d) => d.head === token && d.rel === 'case')?.dependent;
  const estar = tokens.find(
    (t) =>
      t.pos === 'AUX' &&
      ESTAR.test(foldForMatch(t.word)) &&
      dependencies.some((d) => d.head === t.index && d.rel === 'nsubj'),
  );
  if (estar === undefined) return sentence;
  const place = dependencies.find((d) => {
    const marker =
      d.head === estar.index && /^(?:obl|obj)$/u.test(d.rel) ? caseOf(d.dependent) : undefined;
    return marker !== undefined && hasStem(foldedWord(sentence, marker), LOCATIVE.es);
  });
  if (place === undefined) return sentence;
  const own = dependencies.find((d) => d.dependent === estar.index)!;
  return {
    ...sentence,
    dependencies: dependencies.map((d): Dependency => {
      if (d === own) return { ...d, head: place.dependent, rel: 'cop' };
      if (d === place) return { ...d, head: own.head, rel: own.rel };
      return d.head === estar.index ? { ...d, head: place.dependent } : d;
    }),
  };
}

/**
 * "Al Shabab atacó la base", "Al Qaeda reivindicó el ataque": the Spanish parser takes the Arabic
 * article of a name opening a clause for "al" (to the) and the name for an oblique. Before a verb,
 * or a copula's predicate ("Al Qaeda … sigue activa"), with no subject of its own, the name is its
 * subject and "Al" part of it.
 */
function spanishArabicArticle(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'es') return sentence;
  const { tokens, dependencies } = sentence;
  const article = tokens.find(
    (t) =>
      t.word === 'Al' &&
      dependencies.some(
        (d) => d.dependent === t.index && d.rel === 'case' && d.head === t.index + 1,
      ),
  );
  const name = article === undefined ? undefined : tokens[article.index];
  const arc = name === undefined ? undefined : dependencies.find((d) => d.dependent === name.index);
  // An oblique, or before a copula's predicate an object ("Al Shabab está presente en Somalia").
  if (!article || !name || !arc || name.pos !== 'PROPN' || !/^(?:obl|nmod|obj)$/u.test(arc.rel))
    return sentence;
  const verb = tokens[arc.head - 1];
  if (!verb || verb.index < name.index) return sentence;
  // A verb, or a copula's predicate: "Al Qaeda …, sigue activa".
  const copular = dependencies.some((d) => d.head === verb.index && d.rel === 'cop');
  if (verb.pos !== 'VERB' && !copular) return sentence;
  if (arc.rel === 'obj' && !copular) return sentence;
  if (dependencies.some((d) => d.head === verb.index && /^nsubj/u.test(d.rel))) return sentence;
  return {
    ...sentence,
    tokens: tokens.map((t) => (t === article ? { ...t, pos: 'PROPN' } : t)),
    dependencies: dependencies.map((d): Dependency => {
      if (d === arc) return { ...d, rel: 'nsubj' };
      if (d.dependent === article.index) return { ...d, rel: 'compound' };
      return d;
    }),
  };
}

/**
 * "Rund 900 US-Soldaten bleiben in Syrien", "die US-Armee", "den Tigray-Rebellen (TPLF)", "der
 * Hamas-Angriff auf Israel": the tokenizer splits the compound at its hyphen and the parser makes
 * the troops, or the attack, a flat part of the name before them. The noun heads the phrase, as in
 * "US soldiers" or "the Hamas attack"; the name is its compound.
 */
function nounAfterHyphenedName(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const fixes = new Map<number, number>();
  for (const noun of tokens) {
    const hyphen = tokens[noun.index - 2];
    const name = tokens[noun.index - 3];
    const arc = arcOf.get(noun.index);
    if (!hyphen || !name || hyphen.word !== '-' || name.pos !== 'PROPN' || noun.pos !== 'NOUN')
      continue;
    if (!arc || arc.head !== name.index || !/^(?:flat|compound|appos)$/u.test(arc.rel)) continue;
    const word = foldForMatch(noun.word);
    if (
      hasStem(word, PERSONNEL[language]) ||
      hasStem(word, ARMY_NOUNS[language]) ||
      hasStem(word, ARMED_GROUP_NOUNS[language]) ||
      hasStem(word, ATTACK_NOUNS[language])
    )
      fixes.set(noun.index, name.index);
  }
  return forcesHeadingNames(sentence, fixes, 'compound');
}

/**
 * "Ruandas Militär hat … eingenommen": the German tagger may take a force's noun after a country's
 * genitive for a second word of the name and hang it flat on it. The force heads the phrase; the
 * genitive is its owner, as in "Ruandas Armee".
 */
function germanGenitiveBeforeForce(
  sentence: AnalysisSentence,
  language: AnalysisLanguage,
): AnalysisSentence {
  if (language !== 'de') return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const fixes = new Map<number, number>();
  for (const noun of tokens) {
    const name = tokens[noun.index - 2];
    const arc = arcOf.get(noun.index);
    if (!name || name.pos !== 'PROPN' || !/s$/u.test(name.word) || name.ner !== 'LOCATION')
      continue;
    if (!arc || arc.head !== name.index || arc.rel !== 'flat') continue;
    const word = foldForMatch(noun.word);
    if (hasStem(word, PERSONNEL[language]) || hasStem(word, ARMY_NOUNS[language]))
      fixes.set(noun.index, name.index);
  }
  return forcesHeadingNames(sentence, fixes, 'nmod:poss');
}

/**
 * The sentence with each force noun of `fixes` (noun to the name it hung on) heading that name:
 * the noun takes the name's place in the tree, the name hangs on it as `nameRel`, and the name's
 * other dependents (its number, its article) go with the noun.
 */
function forcesHeadingNames(
  sentence: AnalysisSentence,
  fixes: ReadonlyMap<number, number>,
  nameRel: string,
): AnalysisSentence {
  if (fixes.size === 0) return sentence;
  const { tokens, dependencies } = sentence;
  const arcOf = new Map(dependencies.map((d) => [d.dependent, d]));
  const names = new Map([...fixes].map(([noun, name]) => [name, noun]));
  return {
    ...sentence,
    tokens: tokens.map((t) => (fixes.has(t.index) ? { ...t, pos: 'NOUN' } : t)),
    dependencies: dependencies.map((d): Dependency => {
      const noun = names.get(d.dependent);
      if (noun !== undefined) return { ...d, head: noun, rel: nameRel };
      const name = fixes.get(d.dependent);
      if (name !== undefined) {
        const named = arcOf.get(name)!;
        return { ...d, head: named.head, rel: named.rel };
      }
      return names.has(d.head) && d.dependent !== d.head ? { ...d, head: names.get(d.head)! } : d;
    }),
  };
}

import type { Argument } from '../argument';
import {
  ACTOR_KINDS,
  PLACE_KINDS,
  actorsAbove,
  argumentOf,
  argumentsOf,
  countryBeside,
  markedArgument,
  withListedPlaces,
} from '../argument';
import { agentOf, governingVerb, obliquesOf, subjectOf, themeOf } from '../clause-roles';
import { COLLECTIVE_NUMBERS } from '../../mentions/number-words';
import { FROM, GOAL, LOCATIVE, OF, RECIPIENT, SUPPLIED_WITH } from '../lexicon/case-markers';
import { MEMBERS, PERSONNEL } from '../lexicon/nouns';
import {
  GUARD_VERBS,
  DEPLOYMENT_NOUNS,
  GIVE_VERBS,
  INCURSION_NOUNS,
  UNARMED_WORDS,
  BOUGHT_FROM,
  BUY_VERBS,
  RECEIVE_VERBS,
  SEND_VERBS,
  SUPPLY_NOUNS,
  WITHDRAW_VERBS,
} from '../lexicon/predicate-triggers';
import type { FrameRule, Proposal } from '../proposal';
import { proposal } from '../proposal';
import type { SentenceReading } from '../sentence-reading';
import { germanGiving } from './german-giving';

/**
 * DEPLOYED_TO and SUPPLIES. Sending troops deploys them ("Pyongyang a
 * envoyé 11 000 soldats en Russie", "soldiers were sent to Russia");
 * sending or giving goods supplies them to a receiver ("la Russie aurait
 * fourni du pétrole à la Corée du Nord"). Nouns state the same ("l'envoi de
 * 10 000 soldats en Russie", "deliveries of shells to Russia").
 */
export const transferFrames: FrameRule = (reading, token) => {
  if (reading.isVerb(token) && reading.has(token, RECEIVE_VERBS)) return received(reading, token);
  if (reading.isVerb(token) && (reading.has(token, WITHDRAW_VERBS) || pulledOutOf(reading, token)))
    return withdrawn(reading, token);
  if (reading.isVerb(token)) {
    const sends = reading.has(token, SEND_VERBS);
    if (!sends && !reading.has(token, GIVE_VERBS)) return [];
    return fromVerb(reading, token, sends);
  }
  if (reading.isNoun(token) && reading.has(token, DEPLOYMENT_NOUNS))
    return fromNoun(reading, token, true);
  if (reading.isNoun(token) && reading.has(token, SUPPLY_NOUNS))
    return fromNoun(reading, token, false);
  if (reading.isNoun(token) && reading.has(token, INCURSION_NOUNS))
    return incursion(reading, token);
  return [];
};

/**
 * "Ukraine launched an incursion into Russia's Kursk region", "der
 * ukrainische Vorstoß in die Oblast Kursk": the author's forces went where
 * the push went. Only a place marked as a goal ("into", "dans", "in die",
 * "en"): "the advance of talks" goes nowhere.
 */
function incursion(reading: SentenceReading, noun: number): Proposal[] {
  const { graph } = reading;
  // "a charm offensive", "une offensive diplomatique": pushes that send no troops.
  if (graph.children(noun, 'amod', 'compound', 'nmod').some((m) => reading.has(m, UNARMED_WORDS)))
    return [];
  // "a lancé une incursion dans la région de Koursk": the goal may hang on the verb launching it.
  const launcher = graph.head(noun);
  const launched = graph.is(noun, 'obj') && reading.isVerb(launcher);
  const goal = markedArgument(
    reading,
    [...graph.children(noun, 'nmod'), ...(launched ? obliquesOf(reading, launcher) : [])],
    GOAL,
    PLACE_KINDS,
  );
  if (!goal) return [];
  // "Ukraine's incursion", "the Ukrainian incursion": the owner, else whoever launched it.
  const owner =
    graph
      .children(noun, 'nmod:poss')
      .map((m) => argumentOf(reading, m))
      .find((a) => a !== null) ?? null;
  const country = owner ? null : countryBeside(reading, noun);
  const authors = owner
    ? [owner]
    : country
      ? [{ entity: country, token: noun, forceOf: null }]
      : actorsAbove(reading, noun);
  return forcesOf(reading, authors)
    .filter((force) => force.forceOf?.id !== goal.entity.id)
    .flatMap((force) => deployed(reading, force, goal, noun, noun));
}

function fromVerb(reading: SentenceReading, verb: number, sends: boolean): Proposal[] {
  // "soldats nord-coréens déployés en Russie", "troops deployed to Kursk": a sending with no object
  // whose subject is troops reads as a passive, whatever the parser made of the participle.
  const subject = subjectOf(reading, verb);
  const troopsAsSubject =
    sends && themeOf(reading, verb) === null && subject !== null && isTroops(reading, subject);
  const dative = germanGiving(reading, verb);
  const object = dative ? dative.goods : troopsAsSubject ? subject : themeOf(reading, verb);
  const theme = countedNoun(reading, object);
  const agentToken = dative ? dative.giver : troopsAsSubject ? null : agentOf(reading, verb);
  const agents = agentToken === null ? [] : argumentsOf(reading, agentToken);
  const given = dative ? argumentOf(reading, dative.receiver) : null;
  // "supplying drones to Russia", "enviado cientos de soldados a Rusia": the goal may hang on the object.
  const around = [
    ...obliquesOf(reading, verb),
    ...[object, theme].flatMap((t) => (t === null ? [] : reading.graph.children(t, 'nmod'))),
  ];
  const goal =
    markedArgument(reading, around, GOAL, PLACE_KINDS) ??
    (given && PLACE_KINDS.has(given.entity.kind) ? given : null) ??
    (sends ? guardedPlace(reading, verb) : null);
  const receiver = markedArgument(reading, around, RECIPIENT, ACTOR_KINDS) ?? given;
  const item = theme === null ? null : itemOf(reading, theme);
  if (sends && theme !== null && item === null && isTroops(reading, theme)) {
    const forces = forcesSent(reading, theme, agents);
    return goal ? forces.flatMap((f) => deployed(reading, f, goal, verb, theme)) : [];
  }
  if (!item) return sends ? [] : suppliedWith(reading, verb, object, agents);
  const to = receiver ?? (goal && ACTOR_KINDS.has(goal.entity.kind) ? goal : null);
  if (!to) return [];
  return agents.map((agent) =>
    proposal({
      predicate: 'SUPPLIES',
      subject: agent,
      object: to,
      item,
      trigger: verb,
      counted: theme,
    }),
  );
}

/**
 * "supplied Russia with artillery shells", "Russland mit Granaten beliefert", "approvisionné la
 * Russie en obus": the object receives, the item comes "with" it.
 */
function suppliedWith(
  reading: SentenceReading,
  verb: number,
  object: number | null,
  agents: readonly Argument[],
): Proposal[] {
  if (object === null) return [];
  const receivers = argumentsOf(reading, object).filter((a) => ACTOR_KINDS.has(a.entity.kind));
  const withs = [...obliquesOf(reading, verb), ...reading.graph.children(object, 'nmod')].filter(
    (o) => reading.caseIs(o, SUPPLIED_WITH),
  );
  for (const phrase of withs) {
    const counted = countedNoun(reading, phrase) ?? phrase;
    const item = itemOf(reading, counted);
    if (!item) continue;
    return agents.flatMap((agent) =>
      receivers.map((receiver) =>
        proposal({
          predicate: 'SUPPLIES',
          subject: agent,
          object: receiver,
          item,
          trigger: verb,
          counted,
        }),
      ),
    );
  }
  return [];
}

/** "Russia received missiles from Iran": the giver supplies the receiver. */
function received(reading: SentenceReading, verb: number): Proposal[] {
  const theme = countedNoun(reading, themeOf(reading, verb));
  const item = theme === null ? null : itemOf(reading, theme);
  const receiverToken = agentOf(reading, verb);
  if (!item || receiverToken === null) return [];
  const givers = [
    ...obliquesOf(reading, verb),
    ...(theme === null ? [] : reading.graph.children(theme, 'nmod')),
  ];
  // "a acheté des drones à l'Iran", "compró drones a Irán": one buys "to" the seller.
  const seller = reading.has(verb, BUY_VERBS)
    ? markedArgument(reading, givers, BOUGHT_FROM, ACTOR_KINDS)
    : null;
  const giver =
    markedArgument(reading, givers, FROM, ACTOR_KINDS) ??
    seller ??
    (theme === null ? null : originOf(reading, theme));
  if (!giver) return [];
  return argumentsOf(reading, receiverToken)
    .filter((r) => ACTOR_KINDS.has(r.entity.kind))
    .map((receiver) =>
      proposal({
        predicate: 'SUPPLIES',
        subject: giver,
        object: receiver,
        item,
        trigger: verb,
        counted: theme,
      }),
    );
}

/**
 * "Russia has imported Iranian Shahed drones": with no "from", what is bought, imported or
 * received comes from the country its demonym names.
 */
function originOf(reading: SentenceReading, theme: number): Argument | null {
  const { graph } = reading;
  // "Iranian Shahed drones": the demonym may qualify the model name compounded with the item.
  const nouns = [theme, ...graph.children(theme, 'compound')];
  for (const modifier of nouns.flatMap((n) => graph.children(n, 'amod'))) {
    const mention = reading.mentionAt(modifier);
    if (mention?.via === 'demonym' && mention.entity.kind === 'COUNTRY')
      return { entity: mention.entity, token: modifier, forceOf: null };
  }
  return null;
}

function fromNoun(reading: SentenceReading, noun: number, deployment: boolean): Proposal[] {
  const { graph } = reading;
  const modifiers = graph.children(noun, 'nmod', 'amod', 'obl');
  const contents = modifiers
    .map((m) => countedNoun(reading, m))
    .filter((m): m is number => m !== null);
  const content = deployment
    ? contents.find(
        (m) =>
          reading.has(m, PERSONNEL) ||
          reading.has(m, MEMBERS) ||
          argumentOf(reading, m)?.forceOf ||
          argumentOf(reading, m)?.entity.kind === 'ARMED_FORCE',
      )
    : contents.find((m) => graph.caseOf(m) === '' || reading.caseIs(m, OF));
  if (content === undefined) return [];
  // "l'envoi de soldats … en Russie": the parse may hang the goal on the verb above the noun.
  const verb = governingVerb(reading, noun);
  const around = [...modifiers, ...(verb === null ? [] : obliquesOf(reading, verb))];
  const goal = markedArgument(reading, around, GOAL, PLACE_KINDS);
  if (deployment) {
    // "der Einsatz der Söldner in Mali": a deployment also names where the troops are.
    const where =
      goal ??
      markedArgument(
        reading,
        [...modifiers, ...graph.children(content, 'nmod')],
        LOCATIVE,
        PLACE_KINDS,
      );
    const forces = forcesSent(reading, content, []);
    return where ? forces.flatMap((f) => deployed(reading, f, where, noun, content)) : [];
  }
  const item = itemOf(reading, content);
  const receiver = markedArgument(reading, modifiers, RECIPIENT, ACTOR_KINDS);
  const giver = graph
    .children(noun, 'nmod:poss', 'amod')
    .map((m) => argumentOf(reading, m))
    .find((a) => a !== null);
  if (!item || !receiver || !giver) return [];
  return [
    proposal({
      predicate: 'SUPPLIES',
      subject: giver,
      object: receiver,
      item,
      trigger: noun,
      counted: content,
    }),
  ];
}

/**
 * "envió 300 militares para reforzar la zona del Catatumbo", "sent troops to secure Gao",
 * "a envoyé des soldats pour renforcer la sécurité à Gao": troops sent to reinforce, secure or
 * defend a place are sent there.
 */
function guardedPlace(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  return (
    graph
      .children(verb, 'advcl', 'xcomp')
      .filter((p) => reading.isVerb(p) && reading.has(p, GUARD_VERBS))
      .flatMap((p) => [
        ...graph.children(p, 'obj'),
        ...obliquesOf(reading, p).filter((o) => reading.caseIs(o, LOCATIVE)),
      ])
      .map((t) => argumentOf(reading, t))
      .find((a): a is Argument => a !== null && PLACE_KINDS.has(a.entity.kind)) ?? null
  );
}

/**
 * The place a force left: "withdrew from Mali"; "pulled out of Mali", whose place the parser
 * hangs on the verb or on its particle "out", marked "of", or marks "out of" itself.
 */
function placeLeft(reading: SentenceReading, verb: number): Argument | null {
  const { graph } = reading;
  const place = markedArgument(reading, obliquesOf(reading, verb), FROM, PLACE_KINDS);
  if (place !== null || reading.language !== 'en') return place;
  const outOf = obliquesOf(reading, verb).filter((o) => graph.caseOf(o) === 'out of');
  const outs = graph
    .children(verb, 'compound:prt', 'advmod')
    .filter((particle) => graph.folded(particle) === 'out');
  const marked = [
    ...(outs.length === 0 ? [] : obliquesOf(reading, verb)),
    ...outs.flatMap((out) => graph.children(out, 'obl')),
  ];
  return (
    markedArgument(reading, marked, OF, PLACE_KINDS) ??
    outOf.map((o) => argumentOf(reading, o)).find((a) => a && PLACE_KINDS.has(a.entity.kind)) ??
    null
  );
}

/** "Israel pulled out of Gaza": the parser may make "out of" one marker of the place, no particle. */
function pulledOutOf(reading: SentenceReading, verb: number): boolean {
  return (
    reading.language === 'en' &&
    /^pull/u.test(reading.graph.folded(verb)) &&
    obliquesOf(reading, verb).some((o) => reading.graph.caseOf(o) === 'out of')
  );
}

/**
 * "Wagner se retire du Mali", "France withdrew its troops from Mali", "Wagner-Söldner wollen aus
 * Mali abziehen": a force that leaves a place, or is withdrawn from it, was deployed there. The
 * withdrawal takes that for granted: announced, planned or refused ("will withdraw", "refuse de
 * se retirer"), it leaves the presence as sure as its speaker makes it.
 */
function withdrawn(reading: SentenceReading, verb: number): Proposal[] {
  const { graph } = reading;
  const place = placeLeft(reading, verb);
  if (place === null) return [];
  const object = themeOf(reading, verb);
  // "se retire", "se retiraron": the reflexive clitic is no object withdrawn.
  const theme =
    object === null || graph.pos(object) === 'PRON'
      ? null
      : (countedNoun(reading, object) ?? object);
  const subject = subjectOf(reading, verb);
  const agents = subject === null ? [] : argumentsOf(reading, subject);
  const forces =
    theme === null
      ? forcesOf(reading, agents)
      : isTroops(reading, theme)
        ? forcesSent(reading, theme, agents)
        : [];
  return forces
    .filter((force) => force.forceOf?.id !== place.entity.id)
    .map((subject) =>
      proposal({
        predicate: 'DEPLOYED_TO',
        subject,
        object: place,
        trigger: verb,
        counted: theme,
        presupposed: true,
      }),
    );
}

/** The force deployed to the goal, and to the places listed with it ("to Kursk and Donetsk"). */
function deployed(
  reading: SentenceReading,
  force: Argument,
  goal: Argument,
  trigger: number,
  counted: number,
): Proposal[] {
  return withListedPlaces(reading, goal).map((object) =>
    proposal({ predicate: 'DEPLOYED_TO', subject: force, object, trigger, counted }),
  );
}

/** The troops themselves when the text names their country, else the sender's force. */
function forcesSent(
  reading: SentenceReading,
  theme: number,
  agents: readonly Argument[],
): Argument[] {
  const own = argumentsOf(reading, theme);
  return own.length > 0 ? own : forcesOf(reading, agents);
}

/** Each actor's armed force: a force itself, or a country's army. */
export function forcesOf(reading: SentenceReading, agents: readonly Argument[]): Argument[] {
  return agents.flatMap((agent) => {
    if (agent.entity.kind === 'ARMED_FORCE') return [agent];
    const force =
      agent.entity.kind === 'COUNTRY'
        ? reading.gazetteer.country(agent.entity.id)?.armedForce
        : undefined;
    return force ? [{ entity: reading.use(force), token: agent.token, forceOf: agent.entity }] : [];
  });
}

/** "cientos de soldados", "thousands of troops", "dozens of drones": the noun a number heads. */
export function countedNoun(reading: SentenceReading, token: number | null): number | null {
  if (token === null) return null;
  const { graph } = reading;
  if (
    graph.pos(token) === 'NUM' ||
    graph.pos(token) === 'PRON' ||
    COLLECTIVE_NUMBERS.has(graph.folded(token))
  ) {
    const counted = graph.children(token, 'nmod').find((n) => reading.isNoun(n));
    if (counted !== undefined) return counted;
    // "l'envoi de 10 000 à 12 000 soldats": the parse may split a range, its lower bound apart
    // from the noun the upper one counts.
    const upper = token + 2;
    if (
      graph.pos(token) === 'NUM' &&
      upper <= graph.size &&
      RANGE_WORDS.has(graph.folded(token + 1)) &&
      graph.pos(upper) === 'NUM' &&
      reading.isNoun(graph.head(upper))
    )
      return graph.head(upper);
  }
  return token;
}

/** What joins a range's bounds: "10 000 à 12 000", "10,000 to 12,000", "zwischen 10.000 und 12.000". */
const RANGE_WORDS = new Set(['a', 'to', 'bis', 'und', 'y', 'et', '-', '–']);

/** The goods a nominal names: a commodity the gazetteer knows ("pétrole", "artillery shells"). */
function itemOf(reading: SentenceReading, token: number): Argument | null {
  for (const t of [token, ...reading.graph.children(token, 'compound', 'nmod', 'amod')]) {
    const mention = reading.mentionAt(t);
    if (mention?.entity.kind === 'COMMODITY')
      return { entity: mention.entity, token: t, forceOf: null };
  }
  return null;
}

/**
 * Troops, a force read from its members, a country's soldiers ("soldats nord-coréens"), a group's
 * fighters ("Wagner mercenaries"), or an armed force by its name ("le groupe Wagner").
 */
export function isTroops(reading: SentenceReading, token: number): boolean {
  const counted = countedNoun(reading, token) ?? token;
  if (reading.has(counted, PERSONNEL) || reading.has(counted, MEMBERS)) return true;
  const named = argumentOf(reading, counted);
  return named?.forceOf != null || named?.entity.kind === 'ARMED_FORCE';
}

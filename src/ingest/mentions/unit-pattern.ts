import type { Entity } from '../../domain/entity';
import { candidateEntity } from '../resolve-candidate';
import type { Token } from '../text/tokenize';
import type { FoundMention } from './found-mention';
import { phraseMention } from './found-mention';
import type { TokenizedSentence } from './sentence-tokens';

/** The kinds of numbered unit, by their English name, with their folded words in the four languages. */
const UNIT_KINDS: readonly (readonly [string, RegExp])[] = [
  ['Battalion', /^(?:battalion|bataillon|batallon)$/u],
  ['Brigade', /^(?:brigade|brigada)$/u],
  ['Division', /^(?:division)$/u],
  ['Regiment', /^(?:regiment|regimiento)$/u],
  ['Corps', /^(?:corps|korps)$/u],
];

/** What a unit is made of, as the English name puts it before the unit's kind. */
const ARMS: readonly (readonly [string, RegExp])[] = [
  ['Marine', /^(?:marine|marines|marina|marineinfanterie)$/u],
  ['Infantry', /^(?:infantry|infanterie|infanteria)$/u],
  ['Mechanized', /^(?:mechanized|mechanised|mecanisee|mecanizada|mecanizado|mechanisierte)$/u],
  ['Armoured', /^(?:armoured|armored|blindee|blindada|blindado|gepanzerte)$/u],
  ['Tank', /^(?:tank|chars|panzer|tanques)$/u],
  ['Airborne', /^(?:airborne|aeroportee|aerotransportada|luftlande)$/u],
  ['Artillery', /^(?:artillery|artillerie|artilleria)$/u],
  // "the 3rd Assault Brigade", "die 3. Sturmbrigade", "the 10th Mountain Division", "la 1re brigade
  // de montagne", "the 20th Motorized Rifle Division": without them the unit reads as an unknown
  // organisation "Assault Brigade", or as nothing.
  ['Assault', /^(?:assault|assaut|asalto|sturm)$/u],
  ['Mountain', /^(?:mountain|montagne|montana|gebirgs|gebirgsjager)$/u],
  ['Motorized', /^(?:motorized|motorised|motorisee|motorizada|motorizado|motorisierte)$/u],
  ['Rifle', /^(?:rifle|fusiliers|fusileros|schutzen)$/u],
];

/** Ordinal words, first to twelfth: "Second Division", "la Segunda División", "la première brigade". */
const ORDINAL_WORDS: readonly RegExp[] = [
  /^(?:first|premiere|premier|primera|primer|primero|erste[nr]?)$/u,
  /^(?:second|deuxieme|seconde|segunda|segundo|zweite[nr]?)$/u,
  /^(?:third|troisieme|tercera|tercer|tercero|dritte[nr]?)$/u,
  /^(?:fourth|quatrieme|cuarta|cuarto|vierte[nr]?)$/u,
  /^(?:fifth|cinquieme|quinta|quinto|funfte[nr]?)$/u,
  /^(?:sixth|sixieme|sexta|sexto|sechste[nr]?)$/u,
  /^(?:seventh|septieme|septima|septimo|siebte[nr]?)$/u,
  /^(?:eighth|huitieme|octava|octavo|achte[nr]?)$/u,
  /^(?:ninth|neuvieme|novena|noveno|neunte[nr]?)$/u,
  /^(?:tenth|dixieme|decima|decimo|zehnte[nr]?)$/u,
  /^(?:eleventh|onzieme|undecima|undecimo|elfte[nr]?)$/u,
  /^(?:twelfth|douzieme|duodecima|duodecimo|zwolfte[nr]?)$/u,
];

const ENGLISH_ORDINALS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
];

/** "21st", "119e", "6ᵉ", "1er", "3ème": a number written as an ordinal. */
const WRITTEN_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th|e|eme|er|re|ere|ᵉ|ᵉʳ|o|a|º|ª)$/u;

/** Words between a unit's kind and its arm in French and Spanish: "division d'infanterie". */
const OF_WORDS = /^(?:d|de|du|des|la|le)$/u;

/**
 * Numbered military units, named by number and kind: "the 21st Infantry Battalion", "la 6ᵉ
 * division d'infanterie", "le 272 bataillon de chars", "die 155. Marineinfanteriebrigade", "la
 * Segunda División". Each gets one English name in every language ("6th Infantry Division"), an
 * armed force of its own, and its ordinal word as an alias ("Second Division"); without the
 * number, "the Infantry Battalion" of one army would be every army's.
 */
export function unitMentions(text: string, sentence: TokenizedSentence): FoundMention[] {
  const { tokens } = sentence;
  const found: FoundMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const unit = unitAt(tokens, index);
    if (!unit) continue;
    const start = tokens[unit.first]!.start;
    const end = tokens[unit.last]!.end;
    found.push(phraseMention(text, sentence.index, { start, end }, unit.entity, null));
    index = unit.last;
  }
  return found;
}

interface UnitMatch {
  readonly first: number;
  readonly last: number;
  readonly entity: Entity;
}

/** A unit whose number starts at `index`, or whose kind does and the number follows ("Brigada 30"). */
function unitAt(tokens: readonly Token[], index: number): UnitMatch | null {
  const number = numberAt(tokens, index);
  if (number !== null) {
    let at = index + number.length;
    const arms: string[] = [];
    for (let arm = armOf(tokens[at]); arm !== null; arm = armOf(tokens[at])) {
      arms.push(arm);
      at += 1;
    }
    const compound = germanCompound(tokens[at]);
    const kind = compound?.kind ?? kindOf(tokens[at]);
    if (kind === null) return null;
    const after = armsAfter(tokens, at + 1);
    return {
      first: index,
      last: after.last ?? at,
      entity: unitEntity(number.value, [...arms, ...(compound?.arms ?? []), ...after.arms], kind),
    };
  }
  const kind = kindOf(tokens[index]);
  const after = kind === null ? null : armsAfter(tokens, index + 1);
  const trailing = after === null ? null : trailingNumber(tokens, (after.last ?? index) + 1);
  if (kind === null || after === null || trailing === null) return null;
  return {
    first: index,
    last: trailing.last,
    entity: unitEntity(trailing.value, after.arms, kind),
  };
}

/** "21st", "119e", "272" (French and German put a bare number before the kind), "4.ª", "Second". */
function numberAt(
  tokens: readonly Token[],
  index: number,
): { value: number; length: number } | null {
  const token = tokens[index];
  if (!token) return null;
  const written = WRITTEN_ORDINAL.exec(token.folded);
  if (written) return { value: Number(written[1]), length: 1 };
  const word = ORDINAL_WORDS.findIndex((w) => w.test(token.folded));
  if (word >= 0 && /^\p{Lu}/u.test(token.raw)) return { value: word + 1, length: 1 };
  if (!/^\d{1,3}$/u.test(token.raw)) return null;
  // "la 4.ª Brigada": the ordinal mark is a token of its own.
  const mark = tokens[index + 1];
  if (mark && /^[ªº]$/u.test(mark.raw)) return { value: Number(token.raw), length: 2 };
  return { value: Number(token.raw), length: 1 };
}

/** "Brigada 30", "Batallón de Infantería No. 10": a number after the unit's kind and arm. */
function trailingNumber(
  tokens: readonly Token[],
  index: number,
): { value: number; last: number } | null {
  const at = tokens[index]?.folded === 'no' || tokens[index]?.folded === 'n' ? index + 1 : index;
  const token = tokens[at];
  return token && /^\d{1,3}$/u.test(token.raw) ? { value: Number(token.raw), last: at } : null;
}

function kindOf(token: Token | undefined): string | null {
  return token ? (UNIT_KINDS.find(([, words]) => words.test(token.folded))?.[0] ?? null) : null;
}

function armOf(token: Token | undefined): string | null {
  return token ? (ARMS.find(([, words]) => words.test(token.folded))?.[0] ?? null) : null;
}

/** "Panzerdivision", "Marineinfanteriebrigade": a German compound of an arm and a unit's kind. */
function germanCompound(token: Token | undefined): { kind: string; arms: string[] } | null {
  if (!token) return null;
  for (const [kind, words] of UNIT_KINDS) {
    for (const ending of ['division', 'brigade', 'bataillon', 'regiment', 'korps']) {
      if (!token.folded.endsWith(ending) || !words.test(ending)) continue;
      const prefix = token.folded.slice(0, -ending.length);
      const arm = ARMS.find(([, w]) => w.test(prefix))?.[0];
      if (prefix === '' || arm) return { kind, arms: arm ? [arm] : [] };
    }
  }
  return null;
}

/** "d'infanterie", "de chars", "blindée", "de Infantería de Marina": the arm after the kind. */
function armsAfter(
  tokens: readonly Token[],
  index: number,
): { arms: string[]; last: number | null } {
  const arms: string[] = [];
  let last: number | null = null;
  let at = index;
  for (;;) {
    let next = at;
    while (OF_WORDS.test(tokens[next]?.folded ?? '') && next < at + 2) next += 1;
    const arm = armOf(tokens[next]);
    if (arm === null) break;
    arms.push(arm);
    last = next;
    at = next + 1;
  }
  return { arms, last };
}

function unitEntity(value: number, arms: readonly string[], kind: string): Entity {
  const words = [...new Set(arms)].join(' ');
  const name = [`${value}${ordinalSuffix(value)}`, words, kind].filter((w) => w !== '').join(' ');
  const entity = candidateEntity('ARMED_FORCE', name);
  const word = ENGLISH_ORDINALS[value - 1];
  return word === undefined
    ? entity
    : {
        ...entity,
        aliases: [{ lang: 'en', text: [word, words, kind].filter((w) => w !== '').join(' ') }],
      };
}

/** "1st", "2nd", "3rd", "11th", "272nd". */
function ordinalSuffix(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return value % 10 === 1 ? 'st' : value % 10 === 2 ? 'nd' : value % 10 === 3 ? 'rd' : 'th';
}

import { foldForMatch } from '../text/fold-for-match';

/** The unit a counted noun stands for; other nouns give their own singular. */
const UNITS: ReadonlyMap<string, string> = new Map([
  ['soldats', 'soldier'],
  ['soldat', 'soldier'],
  ['militaires', 'soldier'],
  ['militaire', 'soldier'],
  ['troupes', 'soldier'],
  ['hommes', 'soldier'],
  ['combattants', 'soldier'],
  ['fantassins', 'soldier'],
  ['troops', 'soldier'],
  ['soldiers', 'soldier'],
  ['servicemen', 'soldier'],
  ['fighters', 'soldier'],
  ['men', 'soldier'],
  ['personnel', 'soldier'],
  ['barils', 'barrel'],
  ['barrels', 'barrel'],
  ['tonnes', 'tonne'],
  ['tons', 'tonne'],
  ['obus', 'shell'],
  ['shells', 'shell'],
  ['missiles', 'missile'],
  ['drones', 'drone'],
  ['personnes', 'person'],
  ['people', 'person'],
  ['civils', 'person'],
  ['civilians', 'person'],
  ['chars', 'tank'],
  ['tanks', 'tank'],
  ['dollars', 'USD'],
  ['euros', 'EUR'],
  ['litres', 'litre'],
  ['liters', 'litre'],
]);

/** The unit of the first word of `noun` ("soldats nord-coréens" → soldier). */
export function unitOf(noun: string): string {
  const word = foldForMatch(noun).match(/\p{L}+/u)?.[0] ?? '';
  return UNITS.get(word) ?? (word.length > 3 ? word.replace(/s$/u, '') : word) ?? 'unit';
}

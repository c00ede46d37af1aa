/**
 * English parts of speech: CoreNLP tags English with Penn Treebank tags and
 * fr/de/es with Universal POS; the extractor reads Universal POS only. The
 * table follows the Universal Dependencies English conversion
 * (universaldependencies.org/tagset-conversion/en-penn-uposf.html); the
 * dependency relation settles the tags Penn does not split (auxiliaries,
 * subordinating conjunctions, "to").
 */
const PENN_TO_UPOS: Readonly<Record<string, string>> = {
  CC: 'CCONJ',
  CD: 'NUM',
  DT: 'DET',
  EX: 'PRON',
  FW: 'X',
  IN: 'ADP',
  JJ: 'ADJ',
  JJR: 'ADJ',
  JJS: 'ADJ',
  LS: 'X',
  MD: 'AUX',
  NN: 'NOUN',
  NNS: 'NOUN',
  NNP: 'PROPN',
  NNPS: 'PROPN',
  PDT: 'DET',
  POS: 'PART',
  PRP: 'PRON',
  PRP$: 'PRON',
  RB: 'ADV',
  RBR: 'ADV',
  RBS: 'ADV',
  RP: 'ADP',
  SYM: 'SYM',
  TO: 'PART',
  UH: 'INTJ',
  VB: 'VERB',
  VBD: 'VERB',
  VBG: 'VERB',
  VBN: 'VERB',
  VBP: 'VERB',
  VBZ: 'VERB',
  WDT: 'DET',
  WP: 'PRON',
  WP$: 'PRON',
  WRB: 'ADV',
  AFX: 'ADJ',
  ADD: 'X',
  GW: 'X',
  XX: 'X',
  NFP: 'PUNCT',
  HYPH: 'PUNCT',
  $: 'SYM',
  '#': 'SYM',
};

/** Universal POS of a Penn tag, given the relation that attaches the token to its head. */
export function pennToUpos(tag: string, relation: string | undefined): string {
  const base = relation?.split(':')[0];
  if (tag.startsWith('VB') && (base === 'aux' || base === 'cop')) return 'AUX';
  if (tag === 'IN' && base === 'mark') return 'SCONJ';
  if (tag === 'TO' && base === 'case') return 'ADP';
  return PENN_TO_UPOS[tag] ?? (/^\p{L}/u.test(tag) ? 'X' : 'PUNCT');
}

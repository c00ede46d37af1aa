import { foldText } from '../../domain/ids';

/**
 * The words of a text as both stores see them: folded (case, accents,
 * apostrophes), then cut at every character that is not a letter or a
 * digit, exactly as the SQLite store's FTS5 query and unicode61 tokenizer do.
 */
export function searchWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * One name as the full-text index stores it: its words joined by single
 * spaces, so that Neo4j's `whitespace` analyzer makes exactly these words
 * its terms.
 */
export function searchName(text: string): string {
  return searchWords(text).join(' ');
}

/**
 * Lucene query syntax escaped (Lucene `QueryParser.escape`): the words
 * above hold only letters and digits, so this is a second line of defence
 * should that ever change.
 */
export function escapeLucene(text: string): string {
  return text.replace(/[\\+\-!():^[\]"{}~*?|&/]/g, '\\$&');
}

/**
 * Every word must occur in the name as a word or a word prefix: required
 * (`+`) prefix terms, each escaped.
 */
export function luceneQuery(words: readonly string[]): string {
  return words.map((word) => `+${escapeLucene(word)}*`).join(' ');
}

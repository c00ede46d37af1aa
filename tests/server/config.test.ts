import { readConfig } from '../../src/server/config';

describe('readConfig: the language analyser', () => {
  test('reaches the project CoreNLP server on its default port', () => {
    expect(readConfig({}).nlp.url).toBe('http://127.0.0.1:9000');
  });

  test('follows KG_NLP_PORT, the port npm start starts the server on', () => {
    expect(readConfig({ KG_NLP_PORT: '9100' }).nlp.url).toBe('http://127.0.0.1:9100');
  });

  test('KG_NLP_URL names another server, whatever the port', () => {
    expect(readConfig({ KG_NLP_PORT: '9100', KG_NLP_URL: 'http://nlp:9000' }).nlp.url).toBe(
      'http://nlp:9000',
    );
  });

  test('a port that is no number is refused with the variable named', () => {
    expect(() => readConfig({ KG_NLP_PORT: 'nine' })).toThrow(/KG_NLP_PORT/u);
  });
});

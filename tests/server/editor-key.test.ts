import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EDITOR_KEY_FILE, isEditorRequest, loadEditorKey } from '../../src/server/editor-key';
import { memoryLogger } from '../support/test-server';

describe('the editor key', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-key-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('is created once, readable by its owner only, printed once, and kept across starts', () => {
    const printed = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const key = loadEditorKey(undefined, folder, memoryLogger());
      expect(key).toMatch(/^[\w-]{40,}$/);
      expect(statSync(join(folder, EDITOR_KEY_FILE)).mode & 0o777).toBe(0o600);
      expect(printed).toHaveBeenCalledTimes(1);
      expect(String(printed.mock.calls[0]?.[0])).toContain(key);
      expect(loadEditorKey(undefined, folder, memoryLogger())).toBe(key);
      expect(printed).toHaveBeenCalledTimes(1);
    } finally {
      printed.mockRestore();
    }
  });

  test('from the configuration wins and writes no file', () => {
    expect(loadEditorKey('configured', folder, memoryLogger())).toBe('configured');
    expect(() => statSync(join(folder, EDITOR_KEY_FILE))).toThrow();
  });

  test('is accepted only as an exact bearer token', () => {
    expect(isEditorRequest('Bearer s3cret', 's3cret')).toBe(true);
    expect(isEditorRequest('bearer s3cret', 's3cret')).toBe(true);
    for (const header of [
      undefined,
      '',
      's3cret',
      'Bearer s3cre',
      'Bearer s3cret2',
      'Basic s3cret',
    ]) {
      expect(isEditorRequest(header, 's3cret')).toBe(false);
    }
  });
});

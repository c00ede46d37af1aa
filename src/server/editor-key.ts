import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from './logger';

export const EDITOR_KEY_FILE = 'editor-key';

/**
 * The key that unlocks mutations. A configured key wins; otherwise the key
 * stored in the data folder; otherwise a new one is made, stored readable by
 * the owner only, and printed this once.
 */
export function loadEditorKey(
  configured: string | undefined,
  dataDir: string,
  log: Logger,
): string {
  if (configured) return configured;
  const file = join(dataDir, EDITOR_KEY_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  process.stdout.write(
    `Created an editor key for mutations (kept in ${file}, readable by you only):\n  ${key}\n`,
  );
  log.info('editor key created', { file });
  return key;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** True when the Authorization header carries the key; compared in constant time. */
export function isEditorRequest(authorization: string | undefined, key: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), digest(key));
}

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where `npm run build` writes the pages, relative to the package root. */
export const WEB_BUILD_FOLDER = 'dist/web';

/**
 * The folder holding package.json above `from`. The same code runs compiled from dist/src/… and
 * as TypeScript from src/… under the tests: both must find the one dist/web.
 */
export function packageRoot(from: string): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${from}`);
    folder = parent;
  }
  return folder;
}

export function builtWebFolder(): string {
  return join(packageRoot(__dirname), WEB_BUILD_FOLDER);
}

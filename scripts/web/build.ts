import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { WEB_BUILD_FOLDER, packageRoot } from '../../src/server/web/web-files';

/** Each page: its HTML as written, and one bundled script (cytoscape or Chart.js inside). */
const ENTRY_POINTS = { explore: 'web/explore/main.ts', dashboard: 'web/dashboard/main.ts' };
const STATIC_FILES = [
  'web/index.html',
  'web/explore/explore.html',
  'web/dashboard/dashboard.html',
  'web/shared/kg.css',
];

/**
 * Bundles the explorer and the dashboard into dist/web. Everything the pages run is in these
 * files, so the service serves them offline under a CSP that allows only its own origin.
 */
export async function buildWebPages(root: string): Promise<string> {
  const out = join(root, WEB_BUILD_FOLDER);
  mkdirSync(out, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(ENTRY_POINTS).map(([name, file]) => [name, join(root, file)]),
    ),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    outdir: out,
    logLevel: 'warning',
  });
  for (const file of STATIC_FILES) {
    copyFileSync(join(root, file), join(out, file.slice(file.lastIndexOf('/') + 1)));
  }
  return out;
}

if (require.main === module) {
  buildWebPages(packageRoot(__dirname)).then(
    (out) => process.stdout.write(`web pages built into ${out}\n`),
    (error: unknown) => {
      process.stderr.write(`web build failed: ${(error as Error).message}\n`);
      process.exit(1);
    },
  );
}

import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/**
 * Lets node run the TypeScript sources as they are, compiled file by file
 * with the project's own compiler options: the process under test is
 * `kg serve` from the current sources, never a stale dist/.
 */
export const TYPESCRIPT_HOOK = `
const fs = require('node:fs');
const ts = require(${JSON.stringify(require.resolve('typescript'))});
const { config } = ts.readConfigFile(${JSON.stringify(join(ROOT, 'tsconfig.json'))}, ts.sys.readFile);
const options = { ...ts.convertCompilerOptionsFromJson(config.compilerOptions, ${JSON.stringify(ROOT)}).options,
  module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, sourceMap: false, inlineSourceMap: true };
require.extensions['.ts'] = (module, file) => {
  module._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: options, fileName: file }).outputText, file);
};
`;

export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Every line the process wrote to stderr (its JSON log). */
  readonly log: string[];
  /** How the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `kg serve` in a child process on a free port and resolves once it serves. */
export function startServeProcess(env: Record<string, string>): Promise<ServeProcess> {
  const hook = join(mkdtempSync(join(tmpdir(), 'kg-serve-')), 'typescript-hook.js');
  writeFileSync(hook, TYPESCRIPT_HOOK);
  const child = spawn(process.execPath, ['-r', hook, join(ROOT, 'src/cli/kg.ts'), 'serve'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => log.push(...chunk.split('\n')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  return new Promise((resolveStart, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /kg is serving at (\S+)/.exec(out)?.[1];
      if (url) resolveStart({ url, child, log, exited });
    });
    void exited.then(({ code, signal }) =>
      reject(
        new Error(
          `kg serve ended before serving (code ${code}, signal ${signal}):\n${log.slice(-20).join('\n')}`,
        ),
      ),
    );
  });
}

import { Worker } from 'node:worker_threads';

/**
 * Worker threads load their code with Node's own loader, outside any test
 * runner's transform. Compiled (dist/, `npm start`), a worker runs the
 * entry's `.js` file. From TypeScript sources (jest with ts-jest runs this
 * module as `.ts`), the thread first teaches `require` to load `.ts` files,
 * transpiling each one alone (the project sets `isolatedModules`, so that is
 * sound) and caching the output by content, so that only the first start
 * after a change loads the TypeScript compiler.
 */
const TYPESCRIPT_BOOTSTRAP = `
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const os = require('node:os');
const { threadId } = require('node:worker_threads');
const cacheDir = path.join(os.tmpdir(), 'kg-worker-ts-cache');
// Found from the entry's folder: the thread's working directory may be anywhere.
const fromEntry = (name) => require.resolve(name, { paths: [path.dirname(process.argv[2])] });
const compilerVersion = require(fromEntry('typescript/package.json')).version;
let ts;
require.extensions['.ts'] = (module, file) => {
  const source = fs.readFileSync(file, 'utf8');
  const key = crypto.createHash('sha256').update(compilerVersion + '\\0' + file + '\\0' + source).digest('hex');
  const cached = path.join(cacheDir, key + '.js');
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    ts ??= require(fromEntry('typescript'));
    output = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        experimentalDecorators: true,
        emitDecoratorMetadata: true,
      },
    }).outputText;
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = cached + '.' + process.pid + '-' + threadId;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, file);
};
require(process.argv[2]);
`;

/** Starts `entry` (a path without extension, next to this module) in a new thread. */
export function startWorker(entry: string, workerData: unknown): Worker {
  if (__filename.endsWith('.ts')) {
    return new Worker(TYPESCRIPT_BOOTSTRAP, { eval: true, argv: [`${entry}.ts`], workerData });
  }
  return new Worker(`${entry}.js`, { workerData });
}

import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';

/**
 * Worker processes and threads load their code with Node's own loader, outside any
 * test runner's transform. Compiled (dist/, `npm start`), a worker runs the
 * entry's `.js` file. From TypeScript sources (jest with ts-jest runs this
 * module as `.ts`), the process or thread first teaches `require` to load `.ts` files,
 * transpiling each one alone (the project sets `isolatedModules`, so that is
 * sound) and caching the output by content, so that only the first start
 * after a change loads the TypeScript compiler.
 */
const typescriptBootstrap = (entry: string) => `
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const os = require('node:os');
const entry = ${entry};
const cacheDir = path.join(os.tmpdir(), 'kg-worker-ts-cache');
// Found from the entry's folder: the process's working directory may be anywhere.
const fromEntry = (name) => require.resolve(name, { paths: [path.dirname(entry)] });
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
    // Unique per writer: the threads of one process share its pid.
    const partial = cached + '.' + crypto.randomUUID();
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, file);
};
require(entry);
`;

/**
 * Starts `entry` (an absolute path without extension) as a
 * child process with an IPC channel whose messages are structured-cloned;
 * `setup` reaches it as `process.argv[2]`, in JSON.
 */
export function startWorkerProcess(entry: string, setup: unknown): ChildProcess {
  const script = __filename.endsWith('.ts')
    ? ['-e', typescriptBootstrap('process.argv[1]'), `${entry}.ts`]
    : [`${entry}.js`];
  return spawn(process.execPath, [...script, JSON.stringify(setup)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
}

/** Starts `entry` (a path without extension) as a worker thread; `setup` reaches it as `workerData`. */
export function startWorkerThread(entry: string, setup: unknown): Worker {
  return __filename.endsWith('.ts')
    ? new Worker(typescriptBootstrap(JSON.stringify(`${entry}.ts`)), {
        eval: true,
        workerData: setup,
      })
    : new Worker(`${entry}.js`, { workerData: setup });
}

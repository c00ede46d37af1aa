// Starts and stops the project's Stanford CoreNLP 4.5.10 server (HTTP on
// 127.0.0.1, the official server's protocol) from CoreNLP's Maven artifacts.
// Used by the CLI (cli.ts), the tests (tests/support/nlp.ts) and CI. The
// process handling is scripts/java-server's; this file says what makes it CoreNLP.
//
// Layout (defaults; KG_NLP_HOME and KG_NLP_CACHE move them):
//   data/nlp/         one server: nlp.pid, nlp.json, nlp.log, preload.json
//   data/corenlp-runtime/  Maven classpath, launcher jar, class-data archive
// Model jars stay in Maven's local repository (~/.m2), fetched per language.
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';

import type { AnalysisLanguage } from '../../src/ingest/nlp/analysis';
import { ANALYSIS_LANGUAGES } from '../../src/ingest/nlp/analysis';
import { corenlpProperties } from '../../src/ingest/nlp/corenlp-properties';
import type { JavaServerSpec } from '../java-server/java-server';
import {
  envPort,
  findRepoRoot,
  javaServerStatus,
  restartJavaServer,
  runJavaServer,
  startJavaServer,
  stopJavaServer,
} from '../java-server/java-server';
import { readPomProperty } from '../java-server/java-runtime';

export interface NlpServerOptions {
  /** Server folder (pid file, log). Env KG_NLP_HOME, default <repo>/data/nlp. */
  home?: string;
  /** Classpath, launcher and class-data cache. Env KG_NLP_CACHE, default <repo>/data/corenlp-runtime. */
  cacheDir?: string;
  /** HTTP port on 127.0.0.1. Env KG_NLP_PORT, default 9000. */
  port?: number;
  /** JVM heap (-Xmx). Env KG_NLP_HEAP, default 4g (the four languages hold ~2.3 GB). */
  heap?: string;
  /** Languages whose models are fetched and preloaded. Env KG_NLP_LANGUAGES, default en,fr,de,es. */
  languages?: readonly AnalysisLanguage[];
  /**
   * The address to listen on. Env KG_NLP_BIND, default 127.0.0.1. Only a
   * container sets 0.0.0.0 (docker-compose.yml), where its network is the boundary.
   */
  bind?: string;
  /** Requests parsed at once. Env KG_NLP_THREADS, default the number of cores. */
  threads?: number;
  startTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Progress lines; default: stdout. */
  log?: (line: string) => void;
}

export interface NlpStartResult {
  /** The base URL to give KG_NLP_URL: http://127.0.0.1:<port> */
  url: string;
  pid: number;
  alreadyRunning: boolean;
}

export interface NlpStatus {
  running: boolean;
  /** /ready answered 200: the configured languages are loaded. */
  ready: boolean;
  pid: number | null;
  url: string;
  home: string;
  logFile: string;
}

/** Loopback by default: the server has no authentication. */
const HOST = '127.0.0.1';

/** What Maven fetches the first time a language is configured (model jar sizes). */
const MODEL_MB: Readonly<Record<AnalysisLanguage, number>> = { en: 475, fr: 280, de: 200, es: 220 };

/** The main jar and its dependencies. */
const CORE_MB = 15;

const NLP_JVM_FLAGS = ['-XX:+UseG1GC', '-XX:+ExitOnOutOfMemoryError', '-Djava.awt.headless=true'];

function httpUrl(port: number): string {
  return `http://${HOST}:${port}`;
}

function envLanguages(): AnalysisLanguage[] | null {
  const raw = process.env['KG_NLP_LANGUAGES'];
  if (raw === undefined || raw.trim() === '') return null;
  const languages = raw.split(',').map((code) => code.trim());
  for (const code of languages) {
    if (!(ANALYSIS_LANGUAGES as readonly string[]).includes(code)) {
      throw new Error(
        `KG_NLP_LANGUAGES lists '${code}'; each must be one of ${ANALYSIS_LANGUAGES.join(', ')}`,
      );
    }
  }
  return languages as AnalysisLanguage[];
}

function envThreads(): number | null {
  const raw = process.env['KG_NLP_THREADS'];
  if (raw === undefined || raw === '') return null;
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new Error(`KG_NLP_THREADS must be a positive integer, got '${raw}'`);
  }
  return threads;
}

/** In one order, without repeats: "fr,en" and "en,fr" are the same server. */
function resolveLanguages(options: NlpServerOptions): readonly AnalysisLanguage[] {
  const chosen = options.languages ?? envLanguages() ?? ANALYSIS_LANGUAGES;
  return ANALYSIS_LANGUAGES.filter((code) => chosen.includes(code));
}

/** Answers 'ready' once the server's /ready says so; null while it loads or is down. */
async function probeReady(port: number): Promise<string | null> {
  try {
    const response = await fetch(`${httpUrl(port)}/ready`, { signal: AbortSignal.timeout(2000) });
    return response.ok ? 'ready' : null;
  } catch {
    return null;
  }
}

/** The pipelines to build before the server says ready: the client's, exactly. */
function writePreload(home: string, languages: readonly AnalysisLanguage[]): void {
  const file = path.join(home, 'preload.json');
  const content = Object.fromEntries(languages.map((code) => [code, corenlpProperties(code)]));
  fs.mkdirSync(home, { recursive: true });
  // Through a temporary file: a launcher starting now never reads half of it.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(content, null, 2)}\n`);
  fs.renameSync(tmp, file);
}

function resolveSpec(options: NlpServerOptions): JavaServerSpec {
  const root = findRepoRoot(path.join('scripts', 'nlp', 'pom.xml'));
  const home = path.resolve(
    options.home ?? process.env['KG_NLP_HOME'] ?? path.join(root, 'data', 'nlp'),
  );
  const assetsDir = path.join(root, 'scripts', 'nlp');
  const port = options.port ?? envPort('KG_NLP_PORT') ?? 9000;
  const heap = options.heap ?? process.env['KG_NLP_HEAP'] ?? '4g';
  const languages = resolveLanguages(options);
  const threads = options.threads ?? envThreads() ?? availableParallelism();
  const downloadMb = CORE_MB + languages.reduce((sum, code) => sum + MODEL_MB[code], 0);
  return {
    name: 'CoreNLP',
    files: { home, name: 'nlp' },
    launcherHome: home,
    runtime: {
      assetsDir,
      cacheDir: path.resolve(
        options.cacheDir ??
          process.env['KG_NLP_CACHE'] ??
          path.join(root, 'data', 'corenlp-runtime'),
      ),
      product: `Stanford CoreNLP ${readPomProperty(assetsDir, 'corenlp.version')}`,
      firstDownload: `up to ~${downloadMb} MB for ${languages.join(', ')}`,
      // Each language's profile adds its model jar (see pom.xml).
      mavenArgs: languages.map((code) => `-Dkg.nlp.${code}`),
      classDataSharing: process.env['KG_NLP_CDS'] !== '0',
    },
    host: HOST,
    port,
    otherPorts: [],
    portVariables: 'KG_NLP_PORT',
    profile: `languages ${languages.join(',')}`,
    jvmArgs: [`-Xmx${heap}`, ...NLP_JVM_FLAGS],
    launcherArgs: [
      '--home',
      home,
      '--bind',
      options.bind ?? process.env['KG_NLP_BIND'] ?? HOST,
      '--port',
      String(port),
      '--threads',
      String(threads),
      '--preload',
      path.join(home, 'preload.json'),
    ],
    // The launcher prints READY after building every preloaded pipeline; /ready then answers 200.
    marker: 'KG_NLP',
    probe: probeReady,
    url: httpUrl,
    moreLogs: null,
    // Loading four languages' models takes ~40 s on an idle machine, minutes on a busy one.
    startTimeoutMs: options.startTimeoutMs ?? 600_000,
    // Generous: the first clean stop also writes the class-data archive.
    stopTimeoutMs: options.stopTimeoutMs ?? 60_000,
    log: options.log ?? ((line) => process.stdout.write(`${line}\n`)),
  };
}

export function nlpUrl(options: NlpServerOptions = {}): string {
  const spec = resolveSpec(options);
  return spec.url(spec.port);
}

export async function startNlpServer(options: NlpServerOptions = {}): Promise<NlpStartResult> {
  const spec = resolveSpec(options);
  writePreload(spec.files.home, resolveLanguages(options));
  return startJavaServer(spec);
}

export function stopNlpServer(options: NlpServerOptions = {}): Promise<void> {
  return stopJavaServer(resolveSpec(options));
}

export function restartNlpServer(options: NlpServerOptions = {}): Promise<NlpStartResult> {
  const spec = resolveSpec(options);
  writePreload(spec.files.home, resolveLanguages(options));
  return restartJavaServer(spec);
}

/** In the foreground, for a container: resolves with the server's exit code. */
export function runNlpServer(options: NlpServerOptions = {}): Promise<number> {
  const spec = resolveSpec(options);
  writePreload(spec.files.home, resolveLanguages(options));
  return runJavaServer(spec);
}

export async function nlpStatus(options: NlpServerOptions = {}): Promise<NlpStatus> {
  const status = await javaServerStatus(resolveSpec(options));
  return {
    running: status.running,
    ready: status.answer !== null,
    pid: status.pid,
    url: status.url,
    home: status.home,
    logFile: status.logFile,
  };
}

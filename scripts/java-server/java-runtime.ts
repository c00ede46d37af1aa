// Everything needed to turn a server's pom.xml and Launcher.java (scripts/neo4j,
// scripts/nlp) into a `java` command line: the Maven-resolved classpath, the
// compiled launcher and a class-data sharing archive. Each is cached so that a
// warm start runs no Maven and no compiler.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Pinned: Maven 3.8 would otherwise pick an old dependency plugin. */
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1';

const INSTALL_HINT = 'install them with: apt-get install -y openjdk-17-jre-headless maven';

export interface JavaRuntimeSpec {
  /** Where pom.xml and Launcher.java live (scripts/neo4j, scripts/nlp). */
  assetsDir: string;
  /** Shared between servers of one kind: classpath, launcher jar, class-data archives. */
  cacheDir: string;
  /** For messages: "Neo4j 5.26.30". */
  product: string;
  /** Roughly what the first resolution downloads, for the progress line: "~125 MB". */
  firstDownload: string;
  /** Extra Maven arguments (profiles choosing model jars); part of the classpath's cache key. */
  mavenArgs: readonly string[];
  /** Class-data sharing (faster warm starts); the user may turn it off. */
  classDataSharing: boolean;
}

export interface JavaCommand {
  /** Arguments after the JVM flags: -cp, classpath, main class or source file. */
  mainArgs: string[];
  /** Class-data sharing flags, empty when unavailable. */
  cdsArgs: string[];
  /** Archive the JVM writes at exit (`tmp`), to move to `final` once it exited cleanly. */
  cdsPending: { tmp: string; final: string } | null;
}

/** The full path of an executable found on PATH, or null. */
export function findOnPath(command: string): string | null {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return null;
}

/** The tool's path; when missing, an error naming what to install. `product` says who needs it. */
export function requireTool(command: 'java' | 'mvn', product: string): string {
  const found = findOnPath(command);
  if (found === null) {
    throw new Error(
      `'${command}' is not on PATH: ${product} needs Java 17 and Maven; ${INSTALL_HINT}`,
    );
  }
  return found;
}

/** A <name>value</name> property of the pom (the pinned version), or 'unknown'. */
export function readPomProperty(assetsDir: string, name: string): string {
  const pom = fs.readFileSync(path.join(assetsDir, 'pom.xml'), 'utf8');
  const tag = name.replace(/\./g, '\\.');
  const match = new RegExp(`<${tag}>([^<]+)</${tag}>`).exec(pom);
  return match?.[1]?.trim() ?? 'unknown';
}

function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Writes through a temporary file so that a concurrent reader never sees half a file. */
function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * Drops outdated launcher jars and archives (each ~100 MB for archives).
 * A JVM still running on a removed archive keeps its mapping.
 */
function removeOthers(dir: string, pattern: RegExp, keep: string): void {
  for (const name of fs.readdirSync(dir)) {
    if (pattern.test(name) && path.join(dir, name) !== keep) {
      fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

/** Runs a command, collecting its output; rejects with the output's tail on failure. */
function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0) return resolve();
      const tail = Buffer.concat(output).toString('utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`${command} ${args.join(' ')} failed (exit ${String(code)}):\n${tail}`));
    });
  });
}

function classpathIsUsable(classpath: string): boolean {
  return classpath !== '' && classpath.split(path.delimiter).every((jar) => fs.existsSync(jar));
}

/**
 * The classpath of the pom's dependencies, resolved by Maven once per pom.xml
 * and Maven arguments, and cached: a second start spends no time in Maven. The
 * cache is dropped when either changes or a jar vanished from the local Maven
 * repository.
 */
export async function resolveClasspath(
  spec: JavaRuntimeSpec,
  log: (line: string) => void,
): Promise<string> {
  const pomPath = path.join(spec.assetsDir, 'pom.xml');
  const key = sha256(fs.readFileSync(pomPath, 'utf8'), ...spec.mavenArgs);
  const cpFile = path.join(spec.cacheDir, 'classpath.txt');
  const keyFile = path.join(spec.cacheDir, 'classpath.key');
  const cached = readIfExists(cpFile)?.trim() ?? '';
  if (readIfExists(keyFile) === key && classpathIsUsable(cached)) return cached;

  requireTool('mvn', spec.product);
  log(`resolving ${spec.product} with Maven (first run downloads ${spec.firstDownload})...`);
  fs.mkdirSync(spec.cacheDir, { recursive: true });
  const outFile = path.join(spec.cacheDir, `classpath.${process.pid}.out`);
  await run(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      pomPath,
      ...spec.mavenArgs,
      `${DEPENDENCY_PLUGIN}:build-classpath`,
      `-Dmdep.outputFile=${outFile}`,
    ],
    spec.assetsDir,
  );
  const classpath = fs.readFileSync(outFile, 'utf8').trim();
  fs.rmSync(outFile, { force: true });
  if (!classpathIsUsable(classpath))
    throw new Error(`Maven returned no usable classpath for ${pomPath}`);
  writeAtomically(cpFile, classpath);
  writeAtomically(keyFile, key);
  return classpath;
}

/**
 * Compiles Launcher.java into a jar once per (source, classpath). A jar and
 * not a class folder, because class-data sharing refuses non-empty folders on
 * the classpath. Null when the JDK's javac/jar are missing (a JRE only).
 */
async function compileLauncher(spec: JavaRuntimeSpec, classpath: string): Promise<string | null> {
  if (findOnPath('javac') === null || findOnPath('jar') === null) return null;
  const source = path.join(spec.assetsDir, 'Launcher.java');
  const key = sha256(fs.readFileSync(source, 'utf8'), classpath);
  const jar = path.join(spec.cacheDir, `launcher-${key}.jar`);
  if (fs.existsSync(jar)) return jar;

  const work = path.join(spec.cacheDir, `launcher-${key}.${process.pid}.build`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'classes'), { recursive: true });
  try {
    await run('javac', ['-cp', classpath, '-d', path.join(work, 'classes'), source], work);
    const tmpJar = path.join(work, 'launcher.jar');
    await run('jar', ['cf', tmpJar, '-C', path.join(work, 'classes'), '.'], work);
    fs.renameSync(tmpJar, jar);
    removeOthers(spec.cacheDir, /^launcher-[0-9a-f]+\.jar$/, jar);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return jar;
}

/**
 * Class-data sharing cuts Neo4j's warm start from ~15 s to ~6.5 s (most of it
 * is loading classes from ~200 jars). The first run dumps an archive when it
 * exits cleanly; later runs map it. Dumped under a temporary name and promoted
 * by the stop only after a clean exit, so a killed JVM never leaves half an archive.
 */
function classDataSharing(
  spec: JavaRuntimeSpec,
  launcherJar: string,
  classpath: string,
): Pick<JavaCommand, 'cdsArgs' | 'cdsPending'> {
  if (!spec.classDataSharing) return { cdsArgs: [], cdsPending: null };
  const javaBinary = fs.realpathSync(requireTool('java', spec.product));
  const key = sha256(launcherJar, classpath, javaBinary);
  const final = path.join(spec.cacheDir, `classes-${key}.jsa`);
  // The JVM reports archive trouble on stdout; with -Xshare:auto it then just runs without it.
  const quiet = ['-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
  if (fs.existsSync(final)) {
    return { cdsArgs: [`-XX:SharedArchiveFile=${final}`, ...quiet], cdsPending: null };
  }
  const tmp = path.join(spec.cacheDir, `classes-${key}.${randomBytes(4).toString('hex')}.jsa.tmp`);
  return { cdsArgs: [`-XX:ArchiveClassesAtExit=${tmp}`, ...quiet], cdsPending: { tmp, final } };
}

/** Resolves, compiles and caches whatever is missing, and returns the java command line. */
export async function prepareJavaCommand(
  spec: JavaRuntimeSpec,
  log: (line: string) => void,
): Promise<JavaCommand> {
  const classpath = await resolveClasspath(spec, log);
  const launcherJar = await compileLauncher(spec, classpath);
  if (launcherJar === null) {
    // Single-file source mode: compiles in memory on every start, and no class-data sharing.
    const source = path.join(spec.assetsDir, 'Launcher.java');
    return { mainArgs: ['-cp', classpath, source], cdsArgs: [], cdsPending: null };
  }
  return {
    mainArgs: ['-cp', [launcherJar, classpath].join(path.delimiter), 'Launcher'],
    ...classDataSharing(spec, launcherJar, classpath),
  };
}

/** Moves a freshly dumped archive into place; drops it when it is incomplete. */
export function promoteCdsArchive(
  pending: { tmp: string; final: string },
  cleanExit: boolean,
): void {
  if (!fs.existsSync(pending.tmp)) return;
  if (cleanExit && fs.statSync(pending.tmp).size > 0) {
    fs.renameSync(pending.tmp, pending.final);
    removeOthers(path.dirname(pending.final), /^classes-[0-9a-f]+\.jsa$/, pending.final);
  } else {
    fs.rmSync(pending.tmp, { force: true });
  }
}

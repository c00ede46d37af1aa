// The command line shared by the server scripts: start | stop | status | restart,
// and run (in the foreground) for those a container runs.
// Exit codes follow LSB's status: 0 ready, 3 not running or not answering.

export interface ServerCommands {
  start(): Promise<unknown>;
  stop(): Promise<void>;
  restart(): Promise<unknown>;
  /** Prints the status and returns the exit code. */
  status(): Promise<number>;
  /** Runs the server in the foreground (in a container) and returns its exit code. */
  run?(): Promise<number>;
}

async function run(command: string | undefined, commands: ServerCommands): Promise<number> {
  switch (command) {
    case 'start':
      await commands.start();
      return 0;
    case 'stop':
      await commands.stop();
      return 0;
    case 'restart':
      await commands.restart();
      return 0;
    case 'status':
      return commands.status();
    case 'run':
      if (commands.run !== undefined) return commands.run();
      break;
    default:
      break;
  }
  const foreground = commands.run === undefined ? '' : ' | run';
  process.stderr.write(`usage: cli.js start | stop | status | restart${foreground}\n`);
  return 2;
}

export function runServerCli(command: string | undefined, commands: ServerCommands): void {
  run(command, commands).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

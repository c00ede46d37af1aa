// The command line shared by the server scripts: start | stop | status | restart.
// Exit codes follow LSB's status: 0 ready, 3 not running or not answering.

export interface ServerCommands {
  start(): Promise<unknown>;
  stop(): Promise<void>;
  restart(): Promise<unknown>;
  /** Prints the status and returns the exit code. */
  status(): Promise<number>;
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
    default:
      process.stderr.write('usage: cli.js start | stop | status | restart\n');
      return 2;
  }
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

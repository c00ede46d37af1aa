import type { ServerConfig } from './config';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const ORDER = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/** One JSON object a line on stderr, so logs stay machine-readable. */
export function createLogger(
  level: ServerConfig['logLevel'],
  write = (line: string) => process.stderr.write(line),
): Logger {
  const threshold = ORDER.indexOf(level);
  const at =
    (name: Exclude<ServerConfig['logLevel'], 'silent'>) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (ORDER.indexOf(name) < threshold) return;
      write(
        `${JSON.stringify({ time: new Date().toISOString(), level: name, message, ...fields })}\n`,
      );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

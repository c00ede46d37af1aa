// Probes over a bare TCP socket, for servers that must be checked before any
// client library can talk to them.
import { Socket } from 'node:net';

/** Resolves to whatever `talk` settles with, always closing the socket. */
export function withSocket<T>(
  host: string,
  port: number,
  timeoutMs: number,
  onFailure: T,
  talk: (socket: Socket, settle: (value: T) => void) => void,
): Promise<T> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let settled = false;
    const settle = (value: T): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(timeoutMs, () => settle(onFailure));
    socket.once('error', () => settle(onFailure));
    socket.once('close', () => settle(onFailure));
    socket.connect(port, host, () => talk(socket, settle));
  });
}

/** True when something accepts TCP connections on host:port. */
export function canConnect(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return withSocket(host, port, timeoutMs, false, (_socket, settle) => settle(true));
}

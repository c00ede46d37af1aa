// A readiness probe that needs no driver: the Bolt handshake itself, so
// "ready" means a Bolt server answered, not merely that something holds the port.
import { withSocket } from '../java-server/tcp-probe';

/** The four bytes every Bolt client sends first. */
const BOLT_MAGIC = [0x60, 0x60, 0xb0, 0x17];

/**
 * Four proposals of [reserved, range, minor, major]: 5.8 down to 5.0, then
 * 4.4 down to 4.2. Neo4j 5.26 picks the highest it speaks.
 */
const BOLT_PROPOSALS = [
  [0x00, 0x08, 0x08, 0x05],
  [0x00, 0x02, 0x04, 0x04],
  [0x00, 0x00, 0x00, 0x00],
  [0x00, 0x00, 0x00, 0x00],
];

const HANDSHAKE = Buffer.from([...BOLT_MAGIC, ...BOLT_PROPOSALS.flat()]);

/**
 * Performs the Bolt handshake and returns the protocol version the server
 * chose (such as '5.8'), or null when nothing Bolt-speaking answered.
 */
export function boltHandshake(
  host: string,
  port: number,
  timeoutMs = 2000,
): Promise<string | null> {
  return withSocket<string | null>(host, port, timeoutMs, null, (socket, settle) => {
    let received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const major = received[3] ?? 0;
      const minor = received[2] ?? 0;
      // All zeros means "no common version": still not a usable server.
      settle(major === 0 ? null : `${major}.${minor}`);
    });
    socket.write(HANDSHAKE);
  });
}

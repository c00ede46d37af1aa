import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { InvalidInputError } from '../domain/errors';

/** Where an export writes its text, waiting whenever the destination asks it to. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Finishes the destination; a stream the sink did not open (stdout) is left open. */
  end(): Promise<void>;
}

/**
 * A sink over a stream: writes wait for 'drain' when the stream's buffer is
 * full, and the stream's first error (a folder that is not there, a full
 * disk) rejects the next write or the end, as `describe` turns it.
 */
export function streamSink(
  out: Writable,
  {
    close,
    describe = (error) => error,
  }: { readonly close: boolean; readonly describe?: (error: Error) => Error },
): TextSink {
  let failure: Error | null = null;
  const failed = new Promise<never>((_, reject) =>
    out.once('error', (error: Error) => {
      failure = describe(error);
      reject(failure);
    }),
  );
  failed.catch(() => undefined); // Seen by the next write or end.
  const settle = async (event: string) => {
    await Promise.race([once(out, event), failed]);
  };
  return {
    async write(text) {
      if (failure) throw failure;
      if (!out.write(text)) await settle('drain');
    },
    async end() {
      if (failure) throw failure;
      if (!close) return;
      out.end();
      await settle('finish');
    },
  };
}

export function fileSink(path: string): TextSink {
  return streamSink(createWriteStream(path), {
    close: true,
    describe: (error) => new InvalidInputError(`Cannot write ${path}: ${error.message}`),
  });
}

/** Writes every piece of `text` to the sink, then ends it. */
export async function drainInto(text: AsyncIterable<string>, sink: TextSink): Promise<void> {
  for await (const piece of text) await sink.write(piece);
  await sink.end();
}

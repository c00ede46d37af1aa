import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Where an export writes its text, waiting whenever the destination asks it to. */
export interface TextSink {
  write(text: string): Promise<void>;
  /** Finishes the destination; a stream the sink did not open (stdout) is left open. */
  end(): Promise<void>;
}

/** A sink over a stream: writes wait for 'drain' when the stream's buffer is full. */
export function streamSink(out: Writable, { close }: { readonly close: boolean }): TextSink {
  return {
    async write(text) {
      if (!out.write(text)) await once(out, 'drain');
    },
    async end() {
      if (!close) return;
      out.end();
      await once(out, 'finish');
    },
  };
}

export function fileSink(path: string): TextSink {
  return streamSink(createWriteStream(path), { close: true });
}

/** Writes every piece of `text` to the sink, then ends it. */
export async function drainInto(text: AsyncIterable<string>, sink: TextSink): Promise<void> {
  for await (const piece of text) await sink.write(piece);
  await sink.end();
}

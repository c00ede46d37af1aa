import { readlinkSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { startWorkerThread } from '../../src/runtime/worker-script';

/**
 * GraphQL worker threads lower their own priority so that the request
 * thread (health checks, admission control) is scheduled first under load.
 * Linux only: elsewhere threads share their process's priority.
 */
const onLinux = process.platform === 'linux' ? it : it.skip;
const ownThreadId = () => Number(readlinkSync('/proc/thread-self').split('/').pop());

onLinux('lowers only the calling thread, not the thread that started it', async () => {
  const before = getPriority(ownThreadId());
  const worker = startWorkerThread(join(__dirname, 'fixtures/priority-reporter'), {});
  const workerPriority = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  expect(workerPriority).toBe(Math.min(19, before + 10));
  expect(getPriority(ownThreadId())).toBe(before);
});

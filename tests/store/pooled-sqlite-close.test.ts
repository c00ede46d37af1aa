import { join } from 'node:path';
import { startWorkerProcess } from '../../src/runtime/worker-script';

test('close() resolves in a process whose event loop nothing else holds', async () => {
  const child = startWorkerProcess(join(__dirname, 'fixtures/close-pooled-store'), {});
  const code = await new Promise((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
}, 60_000);

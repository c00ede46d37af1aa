import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_OPERATIONS } from '../../src/server/example-operations';

test('the README shows every example operation exactly as the IDE and the tests run it', () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  for (const operation of EXAMPLE_OPERATIONS) {
    expect(readme).toContain(operation.query);
    if (operation.variables) expect(readme).toContain(JSON.stringify(operation.variables));
  }
});

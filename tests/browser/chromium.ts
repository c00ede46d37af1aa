import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: playwright-core downloads no browser of its own, and none could be fetched here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

// Background networking, component updates and sync would make Chromium itself call Google.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const INSTALL_HINT = 'install it as root with `apt-get update && apt-get install -y chromium`';

/** Launches Chromium; a missing or broken browser fails the test with the fix instead of skipping it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: ${INSTALL_HINT}.`);
  }
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Chromium at ${CHROMIUM_PATH} did not start (${INSTALL_HINT}): ${reason}`, {
      cause: error,
    });
  }
}

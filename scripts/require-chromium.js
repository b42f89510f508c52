// Fails early, with what to do, when the browser tests have no Chromium to run in.
import { findChromium, missingChromiumMessage } from './chromium.js';

if (!findChromium()) {
  console.error(missingChromiumMessage);
  process.exit(1);
}

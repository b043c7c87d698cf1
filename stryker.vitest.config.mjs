// Vitest settings for mutation runs only (stryker.config.mjs points the vitest runner here): the repo's config,
// with files sharing one worker (isolate: false), which halves a kernel run where most time went to re-importing
// the app in a fresh worker per test file, and timeouts that allow for instrumented code on a busy machine.
import { mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(base, { test: { isolate: false, testTimeout: 60_000, hookTimeout: 60_000 } });

#!/usr/bin/env node
// The agent runs from its TypeScript sources through Node's type stripping (on by default from Node 22.18); there is
// no build step. On an older Node say how to turn it on instead of failing with ERR_UNKNOWN_FILE_EXTENSION.
if (!process.features.typescript) {
  console.error('switchboard-agent: this Node cannot run TypeScript; use Node >= 22.18, or set NODE_OPTIONS=--experimental-strip-types');
  process.exit(2);
}
await import('../src/main.ts');

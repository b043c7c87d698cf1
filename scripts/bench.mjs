// `npm run bench`: bundles bench/ for Node with Vite (same TypeScript as the app, no extra runner), then runs it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { ensureBuilt, root } from './ensureBuilt.mjs';

// The window benches serve the built renderer.
ensureBuilt({ quiet: true });
const outDir = join(root, 'out', 'bench');
await build({
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    target: 'node22',
    minify: false,
    rolldownOptions: {
      input: {
        runBench: join(root, 'bench/runBench.ts'),
        hostWorker: join(root, 'bench/hostWorker.ts'),
        rawWsWorker: join(root, 'bench/rawWsWorker.ts'),
        windowHostWorker: join(root, 'bench/windowHostWorker.ts'),
        socketIoWorker: join(root, 'bench/socketIoWorker.ts'),
        latencyClientWorker: join(root, 'bench/latencyClientWorker.ts'),
        parseThread: join(root, 'src/main/contexts/cases/parseThread.ts'),
        casesHostWorker: join(root, 'bench/casesHostWorker.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
const result = spawnSync(process.execPath, [join(outDir, 'runBench.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);

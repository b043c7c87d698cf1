/**
 * One build for the three Electron targets. Main bundles the Electron shell (`index`) and the headless host
 * (`headless`), which share the kernel and contexts and differ only in transport, and the worker-thread entries
 * (`parseThread`). The preload is CommonJS because sandboxed preloads cannot be ES modules.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          headless: resolve(__dirname, 'src/main/headless.ts'),
          // Worker-thread entries sit beside the entries that start them (`new URL('./parseThread.js', import.meta.url)`).
          parseThread: resolve(__dirname, 'src/main/contexts/cases/parseThread.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});

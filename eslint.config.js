// Lint rules, including the layer boundaries of STYLE.md §1: imports flow shared ← kernel ← contexts/transports,
// the renderer sees only shared code, and only the Electron shell folders may import electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const electronOnly = { group: ['electron', 'electron/*'], message: 'Only src/main/index.ts, src/main/electron/, src/main/transports/ipc/ and src/preload/ may import electron.' };
const noMain = { group: ['**/main/**', '../main/*'], message: 'The renderer and shared code never import main-process code.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Main-process code never imports renderer code.' };
const noContexts = { group: ['**/contexts/**', '../contexts/*'], message: 'Kernel and transports know nothing of contexts.' };
const noApp = { group: ['**/app/**', '../app/*'], message: 'Only entry points import the composition root.' };
const noTransports = { group: ['**/transports/**'], message: 'Contexts and the kernel never import transports.' };
const noNodeOrDb = { group: ['better-sqlite3', 'node:*', 'ws', 'react', 'react-dom', 'zustand'], message: 'The shared contract stays free of runtime-specific packages.' };

// One folder per context or feature: a neighbour is reached through its index.ts only (`../agents`, not `../agents/agentRows`).
const noNeighbourInternals = (what) => ({ regex: '^\\.\\./[^./][^/]*/(?!index$)', message: `Reach another ${what} through its index.ts (a port or the bus for contexts), never its internals.` });
const noContextInternals = { regex: '/contexts/[^/]+/(?!index$)', message: 'The composition reaches a context through its index.ts only.' };
// The Electron shell reaches the core through the app's public face (App from app/createApp), never contexts or kernel internals.
const shellBoundary = { group: ['**/contexts/**', '**/kernel/*', '**/kernel/*/**', '!**/kernel/disposable', '!**/kernel/logger'], message: 'The Electron shell reaches the core through App (src/main/app/createApp.ts) only.' };
const noShell = { group: ['**/main/electron/**', '../electron/*', './electron/*'], message: 'Only the Electron entry (src/main/index.ts) imports src/main/electron.' };
const noSyncInViews = { group: ['**/sync/*', '**/sync/**'], message: 'Views read stores through hooks; only stores and the boot code touch the sync client.' };

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setImmediate: 'readonly', clearImmediate: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', Buffer: 'readonly', structuredClone: 'readonly', WebSocket: 'readonly', fetch: 'readonly', globalThis: 'readonly', performance: 'readonly', window: 'readonly', document: 'readonly', location: 'readonly', navigator: 'readonly', requestAnimationFrame: 'readonly', cancelAnimationFrame: 'readonly', localStorage: 'readonly', __dirname: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Declaration merging extends the contract's maps with `interface Commands extends CommandsOf<…> {}`.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  { files: ['src/shared/**'], rules: restrict(electronOnly, noMain, noRenderer, noNodeOrDb) },
  { files: ['src/main/kernel/**'], rules: restrict(electronOnly, noRenderer, noContexts, noApp, noTransports, noShell) },
  { files: ['src/main/contexts/**'], rules: restrict(electronOnly, noRenderer, noApp, noTransports, noShell, noNeighbourInternals('context')) },
  { files: ['src/main/transports/ws/**', 'src/main/transports/http/**'], rules: restrict(electronOnly, noRenderer, noContexts, noApp, noShell) },
  { files: ['src/main/transports/ipc/**'], rules: restrict(noRenderer, noContexts, noApp, noShell) },
  { files: ['src/main/app/**', 'src/main/headless.ts'], rules: restrict(electronOnly, noRenderer, noShell, noContextInternals) },
  { files: ['src/main/electron/**'], rules: restrict(noRenderer, shellBoundary) },
  { files: ['src/renderer/**'], rules: restrict(electronOnly, noMain) },
  { files: ['src/renderer/src/features/**'], rules: restrict(electronOnly, noMain, noNeighbourInternals('feature')) },
  { files: ['src/renderer/src/**/*.tsx'], ignores: ['src/renderer/src/main.tsx', 'src/renderer/src/app/boot/**'], rules: restrict(electronOnly, noMain, noSyncInViews, noNeighbourInternals('feature')) },
  { files: ['src/preload/**'], rules: restrict(noMain, noRenderer) },
);

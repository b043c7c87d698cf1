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
  { files: ['src/main/kernel/**'], rules: restrict(electronOnly, noRenderer, noContexts, noApp, noTransports) },
  { files: ['src/main/contexts/**'], rules: restrict(electronOnly, noRenderer, noApp, noTransports) },
  { files: ['src/main/transports/ws/**', 'src/main/transports/http/**'], rules: restrict(electronOnly, noRenderer, noContexts, noApp) },
  { files: ['src/main/transports/ipc/**'], rules: restrict(noRenderer, noContexts, noApp) },
  { files: ['src/main/app/**', 'src/main/headless.ts'], rules: restrict(electronOnly, noRenderer) },
  { files: ['src/renderer/**'], rules: restrict(electronOnly, noMain) },
  { files: ['src/preload/**'], rules: restrict(noMain, noRenderer) },
);

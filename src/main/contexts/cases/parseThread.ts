/** Worker-thread entry (its own bundle, `out/main/parseThread.js`): parses register pages off the main thread. */
import { serveThread } from '../../kernel/threads/serveThread';
import { parseCaseTable } from './parseCaseTable';

serveThread(({ html, url }: { html: string; url: string }) => parseCaseTable(html, url));

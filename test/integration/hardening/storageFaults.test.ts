/**
 * Storage faults: a damaged database stops start-up with one line naming the file and the way out, and leaves the
 * file untouched; a full disk answers 507 (nothing saved) while reads go on, and writes work again once there is
 * room; the data folder and database files are the owner's alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/main/app/createApp';
import { startTestHost, type TestHost } from '../../support/startTestHost';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const mode = (path: string) => statSync(path).mode & 0o777;

describe('storage faults', () => {
  const dirs: string[] = [];
  let t: TestHost | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-storage-'));
    dirs.push(dir);
    return dir;
  };

  it('refuses a damaged database with one line naming the file, and leaves it untouched', () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'switchboard.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('definitely not SQLite '), Buffer.alloc(8192, 7)]));
    const before = hash(file);
    expect(() => createApp({ dataDir, demo: true, shell: 'headless' })).toThrow(
      new RegExp(`cannot open its database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*left untouched.*move it aside`),
    );
    expect(hash(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('says so in one line from the headless host, exiting 1', { timeout: 120_000 }, () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'switchboard.sqlite'), 'garbage'.repeat(1000));
    // The built entry, rebuilt first if any source is newer (as `npm run serve` does).
    execFileSync(process.execPath, ['scripts/ensureBuilt.mjs'], { stdio: 'ignore' });
    const host = join(process.cwd(), 'out/main/headless.js');
    const run = spawnSync(process.execPath, [host, '--port', '0', '--data-dir', dataDir], { encoding: 'utf8', timeout: 15_000 });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^switchboard: Switchboard cannot open its database .*switchboard\.sqlite: .*left untouched/);
  });

  it('answers 507 while the disk is full, keeps serving reads, and saves again once there is room', async () => {
    t = await startTestHost();
    const { db } = t.app.kernel;
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${t!.host.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${t!.token('acme')}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    // SQLite's own "disk full": the database may not grow past its current pages.
    db.pragma(`max_page_count = ${Number(db.pragma('page_count', { simple: true }))}`);
    const head = t.app.kernel.log.head();
    let full: Response | undefined;
    for (let i = 0; i < 200 && !full; i++) {
      const res = await call('POST', '/api/jobs', { name: `fill-${i}`, command: 'x'.repeat(4000) });
      if (res.status !== 201) full = res;
    }
    expect(full?.status).toBe(507);
    expect(await full!.json()).toEqual({ error: { code: 'STORAGE_FULL', message: expect.stringMatching(/^The disk holding .*switchboard\.sqlite is full: nothing was saved\. Free some space and try again\.$/) } });
    const headWhenFull = t.app.kernel.log.head();
    expect((await call('GET', '/api/agents')).status).toBe(200);
    expect((await call('GET', '/api/health')).status).toBe(200);
    expect(t.app.kernel.log.head()).toBe(headWhenFull);
    expect(headWhenFull).toBeGreaterThanOrEqual(head);

    db.pragma('max_page_count = 1073741823');
    expect((await call('POST', '/api/jobs', { name: 'after', command: 'true' })).status).toBe(201);
  });

  it('keeps the data folder and the database files readable by their owner only', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const app = createApp({ dataDir, demo: true, shell: 'headless' });
    app.kernel.write({ kind: 'system', id: 'test' }, () => undefined);
    expect(mode(dataDir)).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) expect(mode(join(dataDir, `switchboard.sqlite${suffix}`))).toBe(0o600);
    app.dispose();
  });
});

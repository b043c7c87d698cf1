/** The features list: every store declared once, every sidebar view with its own id and shortcut. */
import { describe, expect, it } from 'vitest';
import { features, pageList, storeList } from '../../../../src/renderer/src/app/features';

describe('features list', () => {
  it('names each store once and each feature once', () => {
    expect(new Set(storeList).size).toBe(storeList.length);
    expect(new Set(storeList.map((s) => s.name)).size).toBe(storeList.length);
    expect(new Set(features.map((f) => f.name)).size).toBe(features.length);
  });

  it('gives every sidebar view its own id and Alt+digit', () => {
    const navs = pageList.flatMap((p) => (p.nav ? [p.nav] : []));
    expect(new Set(navs.map((n) => n.id)).size).toBe(navs.length);
    expect(new Set(navs.map((n) => n.shortcut)).size).toBe(navs.length);
    for (const page of pageList) if (!page.nav) expect(navs.map((n) => n.id)).toContain(page.section);
  });
});

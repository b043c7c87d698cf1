/** Typed routes: links built with `href` (params URI-encoded), paths matched and their params decoded back. */
import { describe, expect, it } from 'vitest';
import { defineRoute } from '../../../../../src/renderer/src/app/router/defineRoute';
import { pathOf } from '../../../../../src/renderer/src/app/router/hashPath';

const agents = defineRoute('/agents');
const agentRuns = defineRoute('/agents/:agentUuid/runs');
const run = defineRoute('/runs/:runId', ({ runId }) => (/^[1-9]\d*$/.test(runId) ? { runId: Number(runId) } : undefined));
const pair = defineRoute('/a/:x/b/:y');

describe('defineRoute', () => {
  it('builds links from typed params', () => {
    expect(agents.href()).toBe('#/agents');
    expect(agentRuns.href({ agentUuid: '00000000-0000-4000-8000-000000000001' })).toBe('#/agents/00000000-0000-4000-8000-000000000001/runs');
    expect(run.href({ runId: 3 })).toBe('#/runs/3');
    expect(pair.href({ x: '1', y: '2' })).toBe('#/a/1/b/2');
  });

  it('encodes params, so a slash, space, `#` or `?` stays inside its segment', () => {
    const href = agentRuns.href({ agentUuid: 'a/b c#d?e%' });
    expect(href).toBe('#/agents/a%2Fb%20c%23d%3Fe%25/runs');
    expect(agentRuns.match(pathOf(href))).toEqual({ agentUuid: 'a/b c#d?e%' });
  });

  it('matches its own paths only, whole', () => {
    expect(agents.match('/agents')).toEqual({});
    expect(agents.match('/agents/')).toBeUndefined();
    expect(agents.match('/agents/x/runs')).toBeUndefined();
    expect(agentRuns.match('/agents/u1/runs')).toEqual({ agentUuid: 'u1' });
    expect(agentRuns.match('/agents//runs')).toBeUndefined();
    expect(agentRuns.match('/agents/u1/runs/extra')).toBeUndefined();
    expect(pair.match('/a/1/b/2')).toEqual({ x: '1', y: '2' });
    expect(run.match('/nothing')).toBeUndefined();
  });

  it('decodes params, keeping a malformed escape as typed rather than failing', () => {
    expect(agentRuns.match('/agents/%E2%9C%93/runs')).toEqual({ agentUuid: '✓' });
    expect(agentRuns.match('/agents/100%/runs')).toEqual({ agentUuid: '100%' });
  });

  it('parses params to their types and refuses a path that only looks like the route', () => {
    expect(run.match('/runs/42')).toEqual({ runId: 42 });
    expect(run.match('/runs/0')).toBeUndefined();
    expect(run.match('/runs/abc')).toBeUndefined();
    expect(run.match('/runs/-1')).toBeUndefined();
  });

  it('treats regex characters in a template literally', () => {
    const dotted = defineRoute('/v1.0/items');
    expect(dotted.match('/v1.0/items')).toEqual({});
    expect(dotted.match('/v1x0/items')).toBeUndefined();
  });

  it('refuses a template that is not a path', () => {
    expect(() => defineRoute('agents')).toThrow('must start with "/"');
  });
});

describe('pathOf', () => {
  it('reads the path of a hash, without its query; empty for the default view', () => {
    expect(pathOf('#/runs/3?tab=console')).toBe('/runs/3');
    expect(pathOf('#/agents')).toBe('/agents');
    expect(pathOf('')).toBe('');
    expect(pathOf('#')).toBe('');
    expect(pathOf('#/')).toBe('');
  });
});

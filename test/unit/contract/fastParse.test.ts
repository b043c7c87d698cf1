/**
 * The fast path may answer only what zod would: a value it accepts must be one zod accepts and returns unchanged.
 * Hand-picked edges for each rule, then random mutations of real contract values checked against zod itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  agentsTopic,
  clientFrameSchema,
  fastCheckOf,
  fastParse,
  runConsoleTopic,
  serverFrameSchema,
  viewSpecs,
} from '../../../src/shared/contract';

const agent = {
  uuid: '7b0c1c4e-4a38-4f5e-9d0e-2c1f3c7b8a11',
  orgId: 'acme',
  hostname: 'build-01',
  ipAddress: null,
  os: 'linux',
  resources: ['docker', 'gpu'],
  enabled: true,
  createdAt: '2026-11-27T10:00:00.000Z',
  updatedAt: '2026-11-27T10:00:00.000Z',
  lastContactAt: null,
};
const delta = {
  kind: 'delta',
  batch: 3,
  upTo: 12,
  events: [
    { seq: 11, topic: 'agents:updates:acme', type: 'agent_enabled', payload: { agent }, at: 1_764_237_600_000 },
    { seq: 12, topic: 'agent_job_run_console:7', type: 'console_append', payload: { offset: 0, text: 'ok\n' } },
  ],
};

describe('fastParse', () => {
  it('has a fast path for the frames, the agents snapshot and the hot event families', () => {
    for (const schema of [serverFrameSchema, clientFrameSchema, viewSpecs['agents.list'].data, agentsTopic.event, runConsoleTopic.event]) {
      expect(fastCheckOf(schema)).toBeTypeOf('function');
    }
  });

  it('answers valid contract values itself, with the value as its data', () => {
    const rows = [agent, { ...agent, hostname: 'build-02', lastContactAt: '2026-11-27T10:01:00.000Z' }];
    expect(fastCheckOf(viewSpecs['agents.list'].data)!(rows)).toBe(true);
    expect(fastParse(viewSpecs['agents.list'].data, rows)).toEqual({ success: true, data: rows });
    expect(fastParse(viewSpecs['agents.list'].data, rows).data).toBe(rows);
    expect(fastCheckOf(serverFrameSchema)!(delta)).toBe(true);
  });

  it.each([
    ['an unknown key (zod strips it)', z.object({ a: z.string() }), { a: 'x', b: 1 }],
    ['a missing required key', z.object({ a: z.string() }), {}],
    ['a missing key of unknown type (zod requires it)', z.object({ a: z.unknown() }), {}],
    ['an array where an object goes', z.object({}), []],
    ['a string that may be too short in code points', z.string().min(2), '😀'],
    ['a string within a minimum only zod can count', z.string().min(1), 'a'],
    ['a string over its maximum', z.string().max(2), 'abc'],
    ['an infinite number', z.number(), Infinity],
    ['NaN', z.number(), NaN],
    ['a fraction where an integer goes', z.number().int(), 1.5],
    ['a negative number where nonnegative goes', z.number().nonnegative(), -1],
    ['zero where positive goes', z.number().positive(), 0],
    ['a negative integer where a nonnegative integer goes (the second of two checks)', z.number().int().nonnegative(), -1],
    ['an infinite number that passes its bound', z.number().nonnegative(), Infinity],
    ['an unknown discriminator', z.discriminatedUnion('k', [z.object({ k: z.literal('a') })]), { k: 'b' }],
    ['a value outside an enum', z.enum(['a', 'b']), 'c'],
    ['an array too long', z.array(z.string()).max(1), ['a', 'b']],
    ['a wrong element', z.array(z.number()), [1, '2']],
    ['null where not nullable', z.string(), null],
    ['an inherited key only', z.object({ a: z.string() }), Object.create({ a: 'x' })],
    ['an inherited key beside an unknown own key', z.object({ a: z.string() }), Object.assign(Object.create({ a: 'x' }), { b: 1 })],
    ['an own key holding undefined', z.object({ a: z.string().optional() }), { a: undefined }],
  ])('leaves %s to zod', (_what, schema: z.ZodType, value) => {
    expect(fastCheckOf(schema)!(value)).toBe(false);
    expect(fastParse(schema, value)).toEqual(schema.safeParse(value));
  });

  it.each([
    ['an optional key left out', z.object({ a: z.string().optional() }), {}],
    ['a nullable null', z.object({ a: z.string().nullable() }), { a: null }],
    ['a strict object without extra keys', z.object({ a: z.literal(1) }).strict(), { a: 1 }],
    ['a string well past its minimum', z.string().min(2), 'abcd'],
    ['an integer within bounds', z.number().int().nonnegative().lte(10), 10],
    ['a primitive union', z.union([z.string(), z.number()]).nullable(), 3],
    ['a discriminated option', z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b'), n: z.number() })]), { k: 'b', n: 1 }],
  ])('accepts %s', (_what, schema: z.ZodType, value) => {
    expect(fastCheckOf(schema)!(value)).toBe(true);
    expect(schema.safeParse(value)).toEqual({ success: true, data: value });
  });

  it.each([
    ['a trimming string', z.string().trim()],
    ['a formatted string', z.uuid()],
    ['a pattern', z.string().regex(/^a/)],
    ['a default', z.object({ a: z.string().default('x') })],
    ['a transform', z.string().transform((s) => s.length)],
    ['a passthrough object', z.object({ a: z.string() }).passthrough()],
    ['a record', z.record(z.string(), z.number())],
    ['a coercing number', z.coerce.number()],
    ['an object with a key every object inherits', z.object({ constructor: z.string() })],
    ['a union of objects without a discriminator', z.union([z.object({ a: z.string() }), z.object({ b: z.string() })])],
    ['an object holding any of those', z.object({ a: z.object({ b: z.string().trim() }) })],
  ])('has no fast path for %s', (_what, schema: z.ZodType) => {
    expect(fastCheckOf(schema)).toBeUndefined();
    expect(fastParse(schema, { a: ' x ' })).toEqual(schema.safeParse({ a: ' x ' }));
  });

  it('never accepts what zod refuses or would change, over random mutations of contract values', () => {
    const cases: [z.ZodType, unknown][] = [
      [serverFrameSchema, delta],
      [viewSpecs['agents.list'].data, [agent, agent]],
      [agentsTopic.event, { type: 'agent_updated', payload: { agent } }],
      [clientFrameSchema, { kind: 'subscribe', id: 4, topics: [{ topic: 'agents:updates:acme', since: 10 }] }],
    ];
    const replacement = fc.oneof(
      fc.anything(),
      fc.constantFrom(undefined, null, '', '😀', -1, 0, 1.5, 2 ** 60, Infinity, NaN, [], {}, 'x'.repeat(300)),
    );
    fc.assert(
      fc.property(fc.nat(cases.length - 1), fc.array(fc.tuple(fc.nat(), replacement, fc.constantFrom('set', 'delete', 'add')), { maxLength: 3 }), (which, edits) => {
        const [schema, seed] = cases[which]!;
        const value = structuredClone(seed);
        for (const [pick, next, op] of edits) mutate(value, pick, next, op);
        const fast = fastCheckOf(schema)!(value);
        const zod = schema.safeParse(value);
        if (fast) {
          expect(zod.success).toBe(true);
          expect(zod.data).toStrictEqual(value);
        }
        expect(fastParse(schema, value).success).toBe(zod.success);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

/** Changes one place inside `root`, chosen by `pick` among all its objects and arrays, keeping it a JSON value. */
function mutate(root: unknown, pick: number, next: unknown, op: 'set' | 'delete' | 'add') {
  const containers: Record<string, unknown>[] = [];
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return;
    containers.push(value as Record<string, unknown>);
    Object.values(value).forEach(walk);
  };
  walk(root);
  const target = containers[pick % containers.length];
  if (!target) return;
  if (Array.isArray(target)) {
    if (op === 'add') target.push(next);
    else if (op === 'delete') target.splice(pick % Math.max(1, target.length), 1);
    else target[pick % Math.max(1, target.length)] = next;
    return;
  }
  const keys = Object.keys(target);
  const key = keys.length > 0 ? keys[pick % keys.length]! : '0';
  if (op === 'add') target[`extra${pick}`] = next;
  else if (op === 'delete') delete target[key];
  else target[key] = next;
}

/**
 * The page's Content-Security-Policy forbids eval, so zod's compiled fast path can never run here. Said up front,
 * zod skips its `new Function` probe, which the policy would otherwise report as a violation on every boot. zod
 * reads the setting as each object schema is built, so this module evaluates before the contract's.
 */
import { z } from 'zod';

z.config({ jitless: true });

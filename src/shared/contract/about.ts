/**
 * What the About panel shows: the app's version, where its data lives, where its REST API listens, which shell
 * hosts it. Read once per panel opening; nothing about it changes while the app runs but the API URL at start-up.
 */
import { z } from 'zod';
import { defineDomain } from './domain';
import { viewSpec } from './views';

export const aboutSchema = z.object({
  version: z.string(),
  /** The data folder: the SQLite file and the organizations' API tokens. */
  dataDir: z.string(),
  /** The REST API's base URL, or null while it is not listening. */
  apiUrl: z.string().nullable(),
  shell: z.enum(['electron', 'headless']),
});
export type About = z.infer<typeof aboutSchema>;

export const aboutDomain = defineDomain({
  name: 'about',
  views: { 'about.app': viewSpec(z.object({}).strict(), aboutSchema) },
});

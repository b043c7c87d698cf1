/**
 * The wire contract in one place: domains (topic families, commands, views), frames, errors. Types and runtime
 * lists are derived from the one list of domains in `domains.ts`.
 */
export * from './about';
export * from './actors';
export * from './agents';
export * from './campaigns';
export * from './cases';
export * from './channel';
export * from './commands';
export * from './domain';
export * from './domains';
export * from './errors';
export * from './fastParse';
export * from './frames';
export * from './jobs';
export * from './kernel';
export * from './notifications';
export * from './presence';
export * from './queue';
export * from './rest';
export * from './session';
export * from './topics';
export * from './views';
export * from './workflows';

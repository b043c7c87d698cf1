/**
 * The wire contract in one place: topic families, command and view specs, frames, errors.
 * Runtime registries below list every domain's specs; types come from declaration merging in each domain file.
 */
import { agentsCommands, agentsTopic, agentsViews } from './agents';
import type { CommandName, CommandSpec } from './commands';
import { agentRunsTopic, jobsCommands, jobsViews, runConsoleTopic, schedulerTopic } from './jobs';
import { presenceTopic, presenceViews } from './presence';
import { sessionCommands } from './session';
import type { TopicFamily } from './topics';
import type { AnyViewSpec, ViewName } from './views';

export * from './agents';
export * from './channel';
export * from './commands';
export * from './errors';
export * from './frames';
export * from './jobs';
export * from './presence';
export * from './session';
export * from './topics';
export * from './views';

export const topicFamilies: readonly TopicFamily[] = [agentsTopic, presenceTopic, schedulerTopic, agentRunsTopic, runConsoleTopic];

export const commandSpecs: { readonly [N in CommandName]: CommandSpec } = {
  ...sessionCommands,
  ...agentsCommands,
  ...jobsCommands,
} as { readonly [N in CommandName]: CommandSpec };

export const viewSpecs: { readonly [N in ViewName]: AnyViewSpec } = {
  ...agentsViews,
  ...presenceViews,
  ...jobsViews,
};

/** The family a topic belongs to, or undefined for a topic nobody declared. */
export function findTopicFamily(topic: string): { family: TopicFamily; params: Record<string, string> } | undefined {
  for (const family of topicFamilies) {
    const params = family.match(topic);
    if (params) return { family, params };
  }
  return undefined;
}

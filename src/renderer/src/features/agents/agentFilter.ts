/** The Agents view's filter rule (hostname, OS or IP address contains the text) and what its rows are called. Pure. */
import type { Agent } from '../../../../shared/contract';
import type { Noun } from '../../ui/table/DataColumn';
import type { RowMatcher } from '../../ui/table/filterRows';

export const agentNoun: Noun = { one: 'agent', other: 'agents' };

/** `needle` comes trimmed and lower-cased from the table (see filterRows). */
export const matchesAgent: RowMatcher<Agent> = (agent, needle) =>
  [agent.hostname, agent.os, agent.ipAddress].some((text) => text?.toLowerCase().includes(needle) ?? false);

/** The Agents view's route (`#/agents`): the organization's agents, what each is doing, and registering one. */
import { defineRoute } from '../../app/router';

export const agentsRoute = defineRoute('/agents');

/** A rack of two servers, for the sidebar (16×16). */
export const agentsIcon = 'M2 2.5h12v4.5H2zM2 9h12v4.5H2zM4 4.75h2M4 11.25h2';

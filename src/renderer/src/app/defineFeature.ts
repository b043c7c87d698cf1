/**
 * What a feature folder contributes to the window: its stores and its pages. Each feature's `index.ts` exports one
 * `defineFeature({...})`; app/features.ts lists them, and the stores and routes of the window come from that list.
 */
import type { Page } from './router';
import type { StoreDef } from '../stores/defineStore';

export interface Feature {
  readonly name: string;
  readonly stores?: readonly StoreDef<unknown>[];
  readonly pages?: readonly Page[];
}

export function defineFeature<const F extends Feature>(feature: F): F {
  return feature;
}

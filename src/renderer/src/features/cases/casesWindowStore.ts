/** The Cases table's windowed query (see createCasesWindow): the Cases view reads it. */
import { defineStore } from '../../stores/defineStore';
import { createCasesWindow, type CasesWindowStore } from './createCasesWindow';

export const casesWindowStore = defineStore<CasesWindowStore>({
  name: 'cases.page',
  create: (context) => createCasesWindow(context.client, context.options.graceMs),
});

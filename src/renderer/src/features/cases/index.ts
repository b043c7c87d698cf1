/**
 * The cases feature: the Cases view (`#/cases`: every case of the organization as a live, windowed query with
 * server-side sort and full-text search) and one case's page (`#/cases/<id>`, live, with its change history). The
 * case columns and money format are shared with the Scrape view.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { caseDetailStore } from './caseDetailStore';
import { casesIcon, caseRoute, casesRoute } from './casesRoutes';
import { CasesView } from './CasesView';
import { casesWindowStore } from './casesWindowStore';
import { CaseView } from './CaseView';

export { caseColumns } from './caseColumns';
export { caseRoute, casesRoute } from './casesRoutes';
export { formatMoney } from './formatCase';

export const casesFeature = defineFeature({
  name: 'cases',
  stores: [casesWindowStore, caseDetailStore],
  pages: [
    definePage(casesRoute, { label: 'Cases', View: CasesView, nav: { id: 'cases', shortcut: '6', icon: casesIcon } }),
    definePage(caseRoute, { label: 'Case', View: CaseView, section: 'cases' }),
  ],
});

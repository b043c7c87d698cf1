/** The Cases view (`#/cases`), one case's page (`#/cases/<id>`) and the sidebar icon. */
import { defineRoute } from '../../app/router';

export const casesRoute = defineRoute('/cases');

/** Case ids are positive integers; anything else is no page. */
export const caseRoute = defineRoute('/cases/:caseId', ({ caseId }) => (/^[1-9]\d*$/.test(caseId) ? { caseId: Number(caseId) } : undefined));

/** A folder with a case file, for the sidebar (16×16). */
export const casesIcon = 'M1.5 4h5l1.5 1.5h6.5v8h-13zM4.5 8.5h7M4.5 11h5';

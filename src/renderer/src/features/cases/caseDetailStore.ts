/** One case with its change history, per case id (`cases.detail`): the case page reads it. */
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';
import { caseDetailReducer } from './caseDetailReducer';

export const caseDetailStore = defineReplicaFamily({ view: 'cases.detail', params: (id: number) => ({ id }), ...caseDetailReducer });

/** The toasts feature: the toast stack other features push to, and its bottom-right rendering. */
import { defineFeature } from '../../app/defineFeature';
import { toastsStore } from './toastsStore';

export { failureMessage } from './failureMessage';
export { Toasts } from './Toasts';
export { toastsStore, type Toast, type ToastInput, type ToastKind, type ToastLink, type ToastsStore } from './toastsStore';

export const toastsFeature = defineFeature({ name: 'toasts', stores: [toastsStore] });

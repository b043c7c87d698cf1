/** The `delay` step: waits `ms`, or less if its job is cancelled. @internal */
import { abortMessage, type StepRunner } from './stepKit';

export const runDelay: StepRunner<'delay'> = ({ definition, signal }) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error(abortMessage(signal)));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve({ waitedMs: definition.ms });
    }, definition.ms);
    function stop() {
      clearTimeout(timer);
      reject(new Error(abortMessage(signal)));
    }
    signal.addEventListener('abort', stop, { once: true });
  });

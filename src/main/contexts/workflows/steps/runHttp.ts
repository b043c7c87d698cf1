/**
 * The `http` step: one request with the job's abort signal; any status but the expected one fails the step with a
 * message naming both. The response body is not kept. @internal
 */
import { abortMessage, type StepRunner } from './stepKit';

export const runHttp: StepRunner<'http'> = async ({ definition, signal, output }) => {
  const { url, method, expectStatus } = definition;
  let response: Response;
  try {
    response = await fetch(url, { method, signal, redirect: 'manual' });
  } catch (error) {
    if (signal.aborted) throw new Error(abortMessage(signal), { cause: error });
    const cause = (error as Error & { cause?: { message?: string; code?: string } }).cause;
    throw new Error(`${method} ${url} failed: ${cause?.code ?? cause?.message ?? (error as Error).message}`, { cause: error });
  }
  await response.body?.cancel();
  output(`${method} ${url} → ${response.status} ${response.statusText}\n`);
  if (response.status !== expectStatus) {
    throw new Error(`${method} ${url} answered ${response.status} ${response.statusText}, expected ${expectStatus}`.replace(/ +,/, ','));
  }
  return { status: response.status };
};

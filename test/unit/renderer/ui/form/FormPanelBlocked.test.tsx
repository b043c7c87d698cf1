// @vitest-environment happy-dom
/** FormPanel's `submitBlocked`: while set, the submit button is disabled with the reason as its tooltip; unset, as before. */
import { afterEach, describe, expect, it } from 'vitest';
import { FormPanel } from '../../../../../src/renderer/src/ui/form/FormPanel';
import { renderRoot, type Rendered } from '../renderRoot';

const reason = "Offline: changes can't be saved until Switchboard reconnects";
const panel = (submitBlocked?: string) => (
  <FormPanel open title="Register agent" onClose={() => {}} onSubmit={() => {}} submitLabel="Register" busy={false} submitBlocked={submitBlocked} testId="register">
    <input name="hostname" />
  </FormPanel>
);
const submitButton = () => document.querySelector<HTMLButtonElement>('[data-testid="register-submit"]')!;

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('FormPanel submitBlocked', () => {
  it('disables submit with the reason while blocked, and enables it again without a tooltip', () => {
    view = renderRoot(panel(reason));
    expect(submitButton().disabled).toBe(true);
    expect(submitButton().title).toBe(reason);
    view.render(panel(undefined));
    expect(submitButton().disabled).toBe(false);
    expect(submitButton().hasAttribute('title')).toBe(false);
  });
});

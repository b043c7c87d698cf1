// @vitest-environment happy-dom
/** The progress bar: a real progressbar with its value and spoken text, clamped; indeterminate without a value. */
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressBar } from '../../../../../src/renderer/src/ui/progress/ProgressBar';
import { renderRoot, type Rendered } from '../renderRoot';

let view: Rendered | undefined;
afterEach(() => view?.unmount());
const bar = () => document.querySelector<HTMLElement>('[role="progressbar"]')!;

describe('ProgressBar', () => {
  it('is a labelled progressbar with its percentage, spoken text and caption', () => {
    view = renderRoot(
      <ProgressBar value={42.4} label="Build progress" valueText="42%, about 12 s left" testId="p">
        5.0 s elapsed · about 12 s left
      </ProgressBar>,
    );
    expect([bar().getAttribute('aria-label'), bar().getAttribute('aria-valuenow'), bar().getAttribute('aria-valuetext')]).toEqual(['Build progress', '42', '42%, about 12 s left']);
    expect(document.querySelector<HTMLElement>('.ui-progress-fill')!.style.width).toBe('42%');
    expect(document.querySelector('[data-testid="p-percent"]')?.textContent).toBe('42%');
    expect(document.querySelector('.ui-progress-caption')?.textContent).toBe('5.0 s elapsed · about 12 s left');
  });

  it('clamps its value to 0–100', () => {
    view = renderRoot(<ProgressBar value={140} label="x" />);
    expect(bar().getAttribute('aria-valuenow')).toBe('100');
    view.render(<ProgressBar value={-3} label="x" />);
    expect(bar().getAttribute('aria-valuenow')).toBe('0');
  });

  it('is indeterminate without a value: no number claimed', () => {
    view = renderRoot(<ProgressBar value={undefined} label="x" testId="p" />);
    expect(bar().hasAttribute('aria-valuenow')).toBe(false);
    expect(document.querySelector('[data-testid="p"]')?.getAttribute('data-indeterminate')).toBe('true');
    expect(document.querySelector('[data-testid="p-percent"]')).toBeNull();
  });
});

// @vitest-environment happy-dom
/**
 * Commands on screen: the block holds the whole text, expands in place and copies it, saying "Copied" for a moment;
 * the table cell keeps one line and shows the whole command in a popover; copying falls back when the API refuses.
 */
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandBlock } from '../../../../../src/renderer/src/ui/command/CommandBlock';
import { CommandCell } from '../../../../../src/renderer/src/ui/command/CommandCell';
import { COPIED_MS } from '../../../../../src/renderer/src/ui/command/CopyButton';
import { copyText } from '../../../../../src/renderer/src/ui/command/copyText';
import { fire, renderRoot, type Rendered } from '../renderRoot';

const command = 'npm ci\nnpm test -- --reporter=dot';
const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const click = (element: Element) => fire(element, new MouseEvent('click', { bubbles: true }));

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('CommandBlock', () => {
  it('holds the whole command and expands it in place', () => {
    view = renderRoot(<CommandBlock command={command} testId="cmd" />);
    const text = byTestId('cmd')!;
    expect(text.textContent).toBe(command);
    const toggle = byTestId('cmd-expand')!;
    expect(toggle.getAttribute('aria-controls')).toBe(text.id);
    expect([toggle.getAttribute('aria-expanded'), toggle.textContent]).toEqual(['false', 'Expand']);
    click(toggle);
    expect([toggle.getAttribute('aria-expanded'), toggle.textContent]).toEqual(['true', 'Collapse']);
    expect(text.closest('[data-expanded="true"]')).not.toBeNull();
  });

  it('copies the command and says so for a moment', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    view = renderRoot(<CommandBlock command={command} testId="cmd" />);
    await act(async () => byTestId('cmd-copy')!.click());
    expect(writeText).toHaveBeenCalledWith(command);
    expect(byTestId('cmd-copy')!.textContent).toContain('Copied');
    expect(byTestId('cmd-copy')!.querySelector('[aria-live="polite"]')!.textContent).toBe('Copied to the clipboard');
    act(() => vi.advanceTimersByTime(COPIED_MS));
    expect(byTestId('cmd-copy')!.textContent).toBe('Copy');
  });
});

describe('CommandCell', () => {
  it('keeps one line and puts the whole command in a popover its button opens', () => {
    view = renderRoot(<CommandCell command={command} label="command of build #3" />);
    const button = document.querySelector('button[aria-label="Show the whole command of build #3"]')!;
    const popover = document.getElementById(button.getAttribute('popovertarget') ?? '')!;
    expect(popover.getAttribute('popover')).toBe('auto');
    expect(popover.getAttribute('aria-label')).toBe('command of build #3');
    expect(popover.querySelector('pre')?.textContent).toBe(command);
    expect(document.querySelector('code')?.getAttribute('title')).toBe(command);
  });
});

describe('copyText', () => {
  it('falls back to a selected textarea when the Clipboard API refuses', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    const copied: string[] = [];
    Reflect.set(document, 'execCommand', (name: string) => {
      copied.push(`${name}:${document.querySelector('textarea')?.value ?? ''}`);
      return true;
    });
    await expect(copyText('make')).resolves.toBe(true);
    expect(copied).toEqual(['copy:make']);
    expect(document.querySelector('textarea')).toBeNull();
    Reflect.deleteProperty(document, 'execCommand');
  });
});

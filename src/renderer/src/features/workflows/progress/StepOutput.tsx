/**
 * A step's output in a monospaced block that follows its tail while the reader is at the bottom, and stays put
 * once they scroll up to read (UI.md's consoles); long output scrolls inside the block.
 */
import { useLayoutEffect, useRef } from 'react';

export function StepOutput({ step, text }: { step: string; text: string }) {
  const ref = useRef<HTMLPreElement>(null);
  const following = useRef(true);
  useLayoutEffect(() => {
    const pre = ref.current;
    if (pre && following.current) pre.scrollTop = pre.scrollHeight;
  }, [text]);
  return (
    <pre
      ref={ref}
      className="wf-step-output"
      data-testid="step-output"
      aria-label={`Output of ${step}`}
      tabIndex={0}
      onScroll={(event) => {
        const pre = event.currentTarget;
        // A few pixels of slack: a fractional scroll position at the end still counts as the end.
        following.current = pre.scrollHeight - pre.scrollTop - pre.clientHeight < 8;
      }}
    >
      {text}
    </pre>
  );
}

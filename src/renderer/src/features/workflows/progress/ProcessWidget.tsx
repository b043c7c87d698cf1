/** The widget for a process: the progress widget while it runs, replaced by the result widget once it ends. */
import { isTerminal } from './progressState';
import { ProgressWidget, type WidgetProps } from './ProgressWidget';
import { ResultWidget } from './ResultWidget';

export function ProcessWidget(props: WidgetProps) {
  return isTerminal(props.progress.status) ? <ResultWidget {...props} /> : <ProgressWidget {...props} />;
}

/**
 * A bench-only hook on a frame's way from the socket into the replicas: the bench installs `mark` to time each stage
 * (received, parsed, checked against the frame union, events validated). The app never installs one, so a stage
 * costs one check of an unset field. Marks are synchronous within one frame's handling, so they need no key.
 * @internal Installed by the bench only.
 */
export type ClientStage = 'received' | 'parsed' | 'checked' | 'validated';

export const clientStageProbe: { mark: ((stage: ClientStage) => void) | undefined } = { mark: undefined };

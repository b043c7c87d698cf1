/**
 * Which window a notification's click brings forward: the user's window focused most recently (the last opened
 * when none was ever focused), or none, and then the shell opens one. Pure.
 */

/** A window as the choice sees it: who it is signed in as and when it last had focus (0 = never). */
export interface WindowCandidate {
  readonly id: number;
  readonly userId: string | undefined;
  readonly focusedAt: number;
}

export function pickWindow(candidates: readonly WindowCandidate[], userId: string): number | undefined {
  let best: WindowCandidate | undefined;
  for (const candidate of candidates) {
    if (candidate.userId !== userId) continue;
    if (!best || candidate.focusedAt > best.focusedAt || (candidate.focusedAt === best.focusedAt && candidate.id > best.id)) best = candidate;
  }
  return best?.id;
}

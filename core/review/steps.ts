/**
 * The approval workflow (lịch sử xử lý): Draft → Submitted → Returned | Approved → Issued.
 *
 *   draft     --submit (drafter)-->  submitted
 *   returned  --submit (drafter)-->  submitted
 *   submitted --return (reviewer)--> returned
 *   submitted --approve (reviewer)-> approved   (locked from here on)
 *   approved  --issue (clerk)------> issued
 *
 * Every move appends one StepEntry to the log; states are never mutated.
 */

import type { ReviewActor, ReviewRole, ReviewStatus, StepEntry } from '../model/types';

export type { ReviewActor, ReviewRole, ReviewStatus, StepEntry };
export type ReviewMove = 'submit' | 'return' | 'approve' | 'issue';

export interface ReviewState {
  status: ReviewStatus;
  log: StepEntry[];
}

interface MoveRule {
  from: readonly ReviewStatus[];
  to: ReviewStatus;
  role: ReviewRole;
}

export const MOVE_RULES: Readonly<Record<ReviewMove, MoveRule>> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', role: 'drafter' },
  return: { from: ['submitted'], to: 'returned', role: 'reviewer' },
  approve: { from: ['submitted'], to: 'approved', role: 'reviewer' },
  issue: { from: ['approved'], to: 'issued', role: 'clerk' },
};

const MOVES = Object.keys(MOVE_RULES) as ReviewMove[];

/**
 * move-not-allowed: not from this status; role-not-allowed: not for this user's role; locked: the
 * document is approved or issued (or its content no longer matches the approved hash);
 * issue-needs-number: issuing without a register number (core/review/workflow.ts).
 */
export type ReviewErrorCode = 'move-not-allowed' | 'role-not-allowed' | 'locked' | 'issue-needs-number';

export class ReviewError extends Error {
  constructor(
    readonly code: ReviewErrorCode,
    message: string,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

export type MoveResult = { ok: true; state: ReviewState } | { ok: false; error: ReviewError };

export const INITIAL_REVIEW_STATE: ReviewState = Object.freeze({ status: 'draft', log: [] }) as ReviewState;

/** An approved or issued document is read-only: its content no longer changes. */
export function isLocked(state: ReviewState): boolean {
  return state.status === 'approved' || state.status === 'issued';
}

/** The moves a user with this role may make now: the only ones a UI should offer. */
export function allowedMoves(state: ReviewState, role: ReviewRole): ReviewMove[] {
  return MOVES.filter((move) => MOVE_RULES[move].role === role && MOVE_RULES[move].from.includes(state.status));
}

/** The state after a move, or why the move is refused. */
export function applyMove(state: ReviewState, move: ReviewMove, actor: ReviewActor, when: string, note = ''): MoveResult {
  const rule = MOVE_RULES[move];
  const params = { move, status: state.status, role: actor.role };
  if (!rule.from.includes(state.status)) {
    const code: ReviewErrorCode = isLocked(state) ? 'locked' : 'move-not-allowed';
    return { ok: false, error: new ReviewError(code, `Cannot ${move} a document that is ${state.status}`, params) };
  }
  if (rule.role !== actor.role) {
    return { ok: false, error: new ReviewError('role-not-allowed', `Only a ${rule.role} may ${move}; ${actor.name} is a ${actor.role}`, params) };
  }
  const entry: StepEntry = { who: { ...actor }, when, from: state.status, to: rule.to, note };
  return { ok: true, state: { status: rule.to, log: [...state.log, entry] } };
}

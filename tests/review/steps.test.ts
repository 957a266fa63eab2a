import { describe, expect, it } from 'vitest';
import {
  INITIAL_REVIEW_STATE,
  allowedMoves,
  applyMove,
  isLocked,
  type ReviewActor,
  type ReviewMove,
  type ReviewState,
  type ReviewStatus,
} from '../../core/review/steps';

const drafter: ReviewActor = { name: 'Trần Văn C', initials: 'TVC', role: 'drafter' };
const reviewer: ReviewActor = { name: 'Nguyễn Thị B', initials: 'NTB', role: 'reviewer' };
const clerk: ReviewActor = { name: 'Lê Thị D', initials: 'LTD', role: 'clerk' };
const WHEN = '2026-01-05T09:00:00+07:00';

const at = (status: ReviewStatus): ReviewState => ({ status, log: [] });

function move(state: ReviewState, name: ReviewMove, actor: ReviewActor, note = ''): ReviewState {
  const result = applyMove(state, name, actor, WHEN, note);
  if (!result.ok) throw result.error;
  return result.state;
}

describe('approval steps: allowed moves per status and role', () => {
  const cases: Array<[ReviewStatus, ReviewActor, ReviewMove[]]> = [
    ['draft', drafter, ['submit']],
    ['draft', reviewer, []],
    ['draft', clerk, []],
    ['submitted', drafter, []],
    ['submitted', reviewer, ['return', 'approve']],
    ['submitted', clerk, []],
    ['returned', drafter, ['submit']],
    ['returned', reviewer, []],
    ['approved', drafter, []],
    ['approved', reviewer, []],
    ['approved', clerk, ['issue']],
    ['issued', drafter, []],
    ['issued', reviewer, []],
    ['issued', clerk, []],
  ];
  it.each(cases)('%s, %o → offered moves', (status, actor, expected) => {
    expect(allowedMoves(at(status), actor.role)).toEqual(expected);
  });
});

describe('approval steps: applyMove', () => {
  it('draft + submit by the drafter → submitted, with one log entry', () => {
    const after = applyMove(INITIAL_REVIEW_STATE, 'submit', drafter, WHEN, 'Kính trình lãnh đạo xem xét.');
    expect(after).toEqual({
      ok: true,
      state: {
        status: 'submitted',
        log: [{ who: drafter, when: WHEN, from: 'draft', to: 'submitted', note: 'Kính trình lãnh đạo xem xét.' }],
      },
    });
  });

  it('submitted + return by the reviewer → returned, note kept', () => {
    const after = move(at('submitted'), 'return', reviewer, 'Bổ sung kinh phí thực hiện.');
    expect(after.status).toBe('returned');
    expect(after.log).toEqual([{ who: reviewer, when: WHEN, from: 'submitted', to: 'returned', note: 'Bổ sung kinh phí thực hiện.' }]);
  });

  it('a full round logs every step in order and leaves the input state untouched', () => {
    const start = at('draft');
    const end = [
      [ 'submit', drafter ], [ 'return', reviewer ], [ 'submit', drafter ], [ 'approve', reviewer ], [ 'issue', clerk ],
    ].reduce((state, [name, actor]) => move(state, name as ReviewMove, actor as ReviewActor), start);
    expect(end.status).toBe('issued');
    expect(end.log.map((entry) => `${entry.who.initials}:${entry.from}→${entry.to}`)).toEqual([
      'TVC:draft→submitted', 'NTB:submitted→returned', 'TVC:returned→submitted', 'NTB:submitted→approved', 'LTD:approved→issued',
    ]);
    expect(start).toEqual(at('draft'));
  });

  it('a move from the wrong status → move-not-allowed', () => {
    const result = applyMove(at('draft'), 'approve', reviewer, WHEN);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('move-not-allowed');
  });

  it('the right move by the wrong role → role-not-allowed (a drafter cannot approve, a reviewer cannot issue)', () => {
    const approve = applyMove(at('submitted'), 'approve', drafter, WHEN);
    const issue = applyMove(at('approved'), 'issue', reviewer, WHEN);
    expect([!approve.ok && approve.error.code, !issue.ok && issue.error.code]).toEqual(['role-not-allowed', 'role-not-allowed']);
  });

  it('an approved or issued document refuses every other move → locked', () => {
    const codes = [
      applyMove(at('approved'), 'submit', drafter, WHEN),
      applyMove(at('approved'), 'return', reviewer, WHEN),
      applyMove(at('issued'), 'issue', clerk, WHEN),
    ].map((result) => !result.ok && result.error.code);
    expect(codes).toEqual(['locked', 'locked', 'locked']);
  });

  it('isLocked: only approved and issued', () => {
    const statuses: ReviewStatus[] = ['draft', 'submitted', 'returned', 'approved', 'issued'];
    expect(statuses.filter((status) => isLocked(at(status)))).toEqual(['approved', 'issued']);
  });
});

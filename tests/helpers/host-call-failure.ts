/** Awaits a host call that must fail, and returns its HostCallError (any other outcome fails the test). */
import { expect } from 'vitest';
import { HostCallError } from '../../core/host/contract';

export async function hostCallFailure(promise: Promise<unknown>): Promise<HostCallError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(HostCallError);
    return error as HostCallError;
  }
  throw new Error('expected the call to fail');
}

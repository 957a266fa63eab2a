/**
 * The user profile (name, initials, role) of whoever uses the app, from the settings: comments and
 * steps are recorded under it. Null until set at first start.
 */
import { createContext, useContext } from 'react';
import type { ReviewActor } from '../../core/model/types';

export const UserContext = createContext<ReviewActor | null>(null);

export function useUser(): ReviewActor | null {
  return useContext(UserContext);
}

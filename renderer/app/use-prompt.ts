/** A dialog asked for with a promise: `await prompt.ask(request)` resolves when it is answered. */
import { useCallback, useRef, useState } from 'react';

export interface Prompt<Request, Answer> {
  request: Request | null;
  ask(request: Request): Promise<Answer>;
  answer(value: Answer): void;
}

export function usePrompt<Request, Answer>(): Prompt<Request, Answer> {
  const [request, setRequest] = useState<Request | null>(null);
  const resolver = useRef<((value: Answer) => void) | null>(null);
  const ask = useCallback((next: Request) => {
    setRequest(() => next);
    return new Promise<Answer>((resolve) => {
      resolver.current = resolve;
    });
  }, []);
  const answer = useCallback((value: Answer) => {
    setRequest(null);
    const resolve = resolver.current;
    resolver.current = null;
    resolve?.(value);
  }, []);
  return { request, ask, answer };
}

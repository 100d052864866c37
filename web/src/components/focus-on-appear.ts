import { useCallback, useRef } from 'react';

/**
 * For a control that goes away once it has done its work: run the work through `after`, and put `ref`
 * on what takes the control's place. Focus moves there as soon as React renders it, however long the
 * answer takes, so keyboard and screen-reader users are not dropped at the top of the page. If the work
 * fails, nothing moves: the error summary takes focus instead.
 */
export function useFocusOnAppear<T extends HTMLElement>() {
  const expected = useRef(false);
  const ref = useCallback((element: T | null) => {
    if (element && expected.current) {
      expected.current = false;
      element.focus();
    }
  }, []);
  const after = useCallback(async <R>(work: () => Promise<R>): Promise<R> => {
    expected.current = true;
    try {
      return await work();
    } catch (error) {
      expected.current = false;
      throw error;
    }
  }, []);
  return { after, ref };
}

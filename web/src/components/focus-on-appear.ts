import { useCallback, useRef } from 'react';

/**
 * For a control that goes away once it has done its work: call `expect()` before the work starts and
 * put `ref` on what takes its place. Focus moves there as soon as React renders it, however long the
 * answer takes, so keyboard and screen-reader users are not dropped at the top of the page.
 */
export function useFocusOnAppear<T extends HTMLElement>() {
  const expected = useRef(false);
  const ref = useCallback((element: T | null) => {
    if (element && expected.current) {
      expected.current = false;
      element.focus();
    }
  }, []);
  const expect = useCallback(() => {
    expected.current = true;
  }, []);
  const cancel = useCallback(() => {
    expected.current = false;
  }, []);
  return { expect, cancel, ref };
}

import { useEffect } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

const visible = (el: Element) => el.isConnected && (el as HTMLElement).offsetParent !== null;

/** The closest surviving place to the control that went: its nearest container that can take focus, or that container's first control. */
function sensibleTarget(ancestors: Element[]): HTMLElement | undefined {
  for (const ancestor of ancestors) {
    if (!ancestor.isConnected) continue;
    if (ancestor.matches('[tabindex]') && visible(ancestor)) return ancestor as HTMLElement;
    const inside = Array.from(ancestor.querySelectorAll<HTMLElement>(FOCUSABLE)).find(visible);
    if (inside) return inside;
  }
  return document.querySelector<HTMLElement>('main') ?? undefined;
}

/**
 * The safety net under every page: when the control that had focus is taken out of the page (a removed
 * file, a button that has done its work) and nothing else took focus, focus goes to the nearest place
 * that survived instead of falling to the top of the page. Components still move focus themselves to
 * the control that replaced the one that went; this catches whatever they do not.
 */
export function useFocusKeeper(): void {
  useEffect(() => {
    let ancestors: Element[] = [];
    let last: Element | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onFocusIn = (event: FocusEvent) => {
      last = event.target as Element;
      ancestors = [];
      for (let el = last.parentElement; el && el !== document.body; el = el.parentElement) ancestors.push(el);
    };
    const observer = new MutationObserver(() => {
      if (!last || last.isConnected || document.activeElement !== document.body) return;
      clearTimeout(timer);
      // After React's own effects, which may already have put focus where it belongs (a new page's heading).
      timer = setTimeout(() => {
        if (document.activeElement === document.body && last && !last.isConnected) sensibleTarget(ancestors)?.focus();
      }, 30);
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
}

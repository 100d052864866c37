/** Care mode (关怀模式): larger type and targets, higher contrast, simpler layout. Remembered on this device. */
const CARE_KEY = 'onevisit.careMode';
const listeners = new Set<() => void>();

export function savedCareMode(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(CARE_KEY) === 'on';
}

export function applyCareMode(on: boolean): void {
  localStorage.setItem(CARE_KEY, on ? 'on' : 'off');
  document.documentElement.classList.toggle('care', on);
  listeners.forEach((notify) => notify());
}

/** For useSyncExternalStore: the switch shows the device's choice, and every change to it. */
export const careModeStore = {
  get: savedCareMode,
  subscribe(notify: () => void) {
    listeners.add(notify);
    return () => listeners.delete(notify);
  },
};

if (typeof document !== 'undefined') document.documentElement.classList.toggle('care', savedCareMode());

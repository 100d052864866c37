/** Care mode (关怀模式): larger type and targets, higher contrast, simpler layout. Remembered on this device. */
const CARE_KEY = 'onevisit.careMode';

export function savedCareMode(): boolean {
  return localStorage.getItem(CARE_KEY) === 'on';
}

export function applyCareMode(on: boolean): void {
  localStorage.setItem(CARE_KEY, on ? 'on' : 'off');
  document.documentElement.classList.toggle('care', on);
}

applyCareMode(savedCareMode());

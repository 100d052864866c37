/**
 * Two ways a person operates the portal: with a pointer, and with the keyboard alone (Tab, arrows,
 * Space, Enter, typing — never a click). Journeys are written once against this interface.
 */
import type { Locator, Page } from 'playwright-core';
import { zhCN } from '../../web/src/locales/zh-CN.js';
import { en } from '../../web/src/locales/en.js';

export interface Driver {
  fill(label: string, value: string): Promise<void>;
  choose(option: string): Promise<void>;
  check(label: string): Promise<void>;
  press(button: string): Promise<void>;
  follow(link: string): Promise<void>;
  /** A link of the site's navigation: on a small screen, behind the menu button first. */
  navigate(link: string, menu: string): Promise<void>;
  upload(button: string, files: string[]): Promise<void>;
}

/** Whether the navigation is folded behind the menu button (a small screen, or large text). */
const menuFolded = (page: Page) => page.locator('.menu-button').isVisible();

const radio = (page: Page, option: string) => page.getByRole('radio', { name: option, exact: true });

export function pointerDriver(page: Page): Driver {
  return {
    fill: (label, value) => page.getByLabel(label, { exact: true }).fill(value),
    choose: (option) => radio(page, option).locator('xpath=ancestor::label').click(),
    check: (label) => page.getByRole('checkbox', { name: label }).locator('xpath=ancestor::label').click(),
    press: (button) => page.getByRole('button', { name: button, exact: true }).click(),
    follow: (link) => page.getByRole('link', { name: link, exact: true }).click(),
    async navigate(link, menu) {
      if (await menuFolded(page)) await page.getByRole('button', { name: menu, exact: true }).click();
      await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
    },
    async upload(button, files) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
      await chooser.setFiles(files);
    },
  };
}

const MAX_TABS = 250;

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is unreachable. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < MAX_TABS; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

export function keyboardDriver(page: Page): Driver {
  return {
    async fill(label, value) {
      await tabTo(page, page.getByLabel(label, { exact: true }), `field "${label}"`);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(value);
    },
    async choose(option) {
      const target = radio(page, option);
      await target.waitFor({ state: 'attached' });
      const group = target.locator('xpath=ancestor::*[@role="radiogroup"]').getByRole('radio');
      const count = await group.count();
      for (let i = 0; i < MAX_TABS; i++) {
        const focusedInGroup = await group.evaluateAll((els) => els.some((el) => el === document.activeElement));
        if (focusedInGroup) break;
        await page.keyboard.press('Tab');
      }
      for (let i = 0; i <= count && !(await isFocused(target)); i++) await page.keyboard.press('ArrowDown');
      if (!(await isFocused(target))) throw new Error(`could not reach option "${option}" with the arrow keys`);
      if (!(await target.isChecked())) await page.keyboard.press('Space');
    },
    async check(label) {
      await tabTo(page, page.getByRole('checkbox', { name: label }), `checkbox "${label}"`);
      await page.keyboard.press('Space');
    },
    async press(button) {
      await tabTo(page, page.getByRole('button', { name: button, exact: true }), `button "${button}"`);
      await page.keyboard.press('Enter');
    },
    async follow(link) {
      await tabTo(page, page.getByRole('link', { name: link, exact: true }), `link "${link}"`);
      await page.keyboard.press('Enter');
    },
    async navigate(link, menu) {
      if (await menuFolded(page)) {
        await tabTo(page, page.getByRole('button', { name: menu, exact: true }), `menu button "${menu}"`);
        await page.keyboard.press('Enter');
      }
      await tabTo(page, page.getByRole('navigation').getByRole('link', { name: link, exact: true }), `navigation link "${link}"`);
      await page.keyboard.press('Enter');
    },
    async upload(button, files) {
      await tabTo(page, page.getByRole('button', { name: button }), `button "${button}"`);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
      await chooser.setFiles(files);
    },
  };
}

/** Follows a link of the main navigation, opening the menu first where a narrow screen keeps it behind one. */
export async function navigate(page: Page, lang: 'zh-CN' | 'en', name: string): Promise<void> {
  const L = lang === 'en' ? en : zhCN;
  const menu = page.getByRole('button', { name: L.nav.menu, exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: L.nav.main }).getByRole('link', { name, exact: true }).click();
}

import type { Browser, Page } from 'playwright-core';

import {
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  screenshot,
  signIn,
  VIEWPORTS,
} from './support/browser';

describe('foundation journey: sign in, switch language, sign out', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`works at ${viewport.width} px (${name})`, async () => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      try {
        await page.goto('/');
        await page.waitForURL(/\/inloggen/);
        await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
        await expectNoAxeViolations(page, 'sign-in page');
        await screenshot(page, `foundation-signin-${viewport.width}`);

        // A wrong password gives a Dutch error and keeps the visitor on the page.
        await signInExpectingError(page);

        await signIn(page, 'ib@deelwijs.example');
        await page.getByRole('heading', { level: 1, name: /Fatima/ }).waitFor();
        await expectNoAxeViolations(page, 'home page');
        await screenshot(page, `foundation-home-nl-${viewport.width}`);

        await page.getByText('EN', { exact: true }).first().click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
        // On a phone the navigation sits behind the menu button.
        const phone = viewport.width < 768;
        if (phone) await page.getByRole('button', { name: /open menu/i }).click();
        await page.getByRole('link', { name: 'Search' }).first().waitFor();
        if (phone) {
          await page.getByRole('dialog').getByRole('link', { name: 'Search' }).waitFor();
          await page.waitForTimeout(400); // let the drawer finish sliding in
          await screenshot(page, `foundation-menu-en-${viewport.width}`);
          await page.keyboard.press('Escape');
          await page.getByRole('dialog').waitFor({ state: 'detached' });
        }
        await expectNoAxeViolations(page, 'home page (en)');
        await screenshot(page, `foundation-home-en-${viewport.width}`);

        await page.getByRole('button', { name: /account menu|accountmenu/i }).click();
        await page.getByRole('menuitem', { name: /sign out/i }).click();
        await page.waitForURL(/\/inloggen/);
        // The session is gone on the server: a reload stays signed out.
        await page.reload();
        await page.waitForURL(/\/inloggen/);
        const me = await page.evaluate(async () => {
          const res = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ me { id } }' }),
          });
          return (await res.json()).data.me;
        });
        expect(me).toBeNull();
      } finally {
        await context.close();
      }
    });
  }
});

async function signInExpectingError(page: Page) {
  await page.getByLabel(/e-mailadres/i).fill('ib@deelwijs.example');
  await page.getByRole('textbox', { name: /^wachtwoord/i }).fill('helemaal-niet-goed');
  await page.getByRole('button', { name: /^inloggen$/i }).click();
  await page.getByText('E-mailadres of wachtwoord klopt niet.').first().waitFor();
}

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

export const BASE_URL = () => {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL missing: run through apps/web-e2e/jest.config.ts');
  return url;
};

export const DEMO_PASSWORD = process.env['DEMO_PASSWORD'] ?? 'deelwijs-demo-2026';
export const SCREENSHOT_DIR = resolve(__dirname, '../../screenshots');

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
): Promise<BrowserContext> {
  // Reduced motion: Mantine then skips its transitions, so axe never measures a half-faded element.
  return browser.newContext({
    baseURL: BASE_URL(),
    viewport,
    locale: 'nl-NL',
    reducedMotion: 'reduce',
  });
}

/** Fails with the list of axe violations (WCAG 2.1 A/AA) on the current page. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Let running transitions and animations finish: colours are measured as they end up.
  // Endless ones (a loader's spin) never finish and change no colour: they are left out.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
    undefined,
    { timeout: 10_000 },
  );
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map(
    (v) =>
      `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel(/e-mailadres|e-mail address/i).fill(email);
  await page.getByRole('textbox', { name: /^(wachtwoord|password)/i }).fill(password);
  await page.getByRole('button', { name: /^inloggen$|^sign in$/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
  await page.getByRole('main').waitFor();
}

/** A GraphQL call with the page's session cookie (as the SPA makes it). */
export async function graphql<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data: unknown; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    },
    { query, variables },
  ) as Promise<T>;
}

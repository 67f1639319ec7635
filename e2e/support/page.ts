import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Random suffix so that records made by one test never collide with another run's or test's. */
export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/**
 * Waits until the page has settled: its h1 is shown and no loading indicator is left
 * ("Caricamento…" in the page states, the tables' busy notice and the map's).
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^(Caricamento|Loading)/)).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Fades (dialogs, menus) have ended: mid-transition colours would fool the contrast check.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
}

/**
 * A screenshot in e2e/screenshots/<name>.png (git-ignored; listed in the release note): the full page,
 * unless `fullPage: false` (an open overlay, such as the phone menu, only covers the viewport).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const file = path.join(test.info().project.testDir, 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true, animations: 'disabled' });
}

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.0/2.1, A and AA) on the page as it is now and fails on any serious or
 * critical violation, naming rule, element and help text. Minor and moderate findings do not
 * fail the test: they are attached to the report and noted as annotations.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // A dialog still fading in has half-transparent text: axe would measure a contrast nobody reads.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.modal, [role="dialog"]')]
      .filter((el) => el.getClientRects().length > 0)
      .every((el) => getComputedStyle(el).opacity === '1'),
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = results.violations.filter((v) => !blocking.includes(v));
  if (results.violations.length > 0) {
    await test.info().attach(`axe-${what}`, { body: JSON.stringify(results.violations, null, 2), contentType: 'application/json' });
  }
  if (other.length > 0) test.info().annotations.push({ type: 'axe (minor/moderate)', description: `${what}:\n${describe(other)}` });
  expect(blocking, `axe found serious/critical violations on ${what}:\n${describe(blocking)}`).toEqual([]);
}

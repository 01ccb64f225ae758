import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The widths people really use: a phone (390 × 844), a portrait tablet (768 × 1024), a laptop. */
export const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

/** How far the page is wider than the window (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** axe's serious and critical findings on the page as it is now, each as "rule: target". */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A message still fading in (Material's error and hint animations) is half transparent: axe would
  // measure the contrast of a frame nobody reads. Let the running animations finish first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (animation) =>
            animation.playState === 'running' &&
            Number.isFinite(animation.effect?.getComputedTiming().endTime),
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
}

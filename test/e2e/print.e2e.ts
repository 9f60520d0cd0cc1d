// The handout: "Print this scenario" on a chapter and on the planner prints every figure at its
// current settings with what differs from the defaults, the key numbers, the date, and the full
// address as text and as a QR code that decodes to it; no control or button is printed. The
// PDFs (A4 and US Letter) are written to test/output/ for a person to look at.

import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatViolations, liveUrl, openPage, runAxe } from './browser.ts';

const OUT = fileURLToPath(new URL('../output/handouts/', import.meta.url));
mkdirSync(OUT, { recursive: true });

async function printHandout(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.click('[data-print-handout]');
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, null, { timeout: 20_000 });
  await page.emulateMedia({ media: 'print' });
}

async function decodeQr(page: Page): Promise<string | null> {
  const image = PNG.sync.read(await page.locator('.handout-qr').screenshot({ scale: 'device' }));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

async function visibleControls(page: Page): Promise<string[]> {
  return page.$$eval('button, input, select, textarea, summary', (nodes) =>
    nodes
      .filter((n) => (n as HTMLElement).getClientRects().length > 0)
      .map((n) => `${n.tagName.toLowerCase()} ${(n.textContent ?? '').trim().slice(0, 30)}`),
  );
}

async function pdfs(page: Page, name: string): Promise<void> {
  for (const format of ['A4', 'Letter'] as const) {
    // Printing ends the handout (afterprint), as it does for a reader: ask for it again.
    await page.emulateMedia({ media: 'screen' });
    await printHandout(page);
    const pdf = await page.pdf({ format, printBackground: true });
    const text = pdf.toString('latin1');
    expect(pdf.length, `${name} ${format}`).toBeGreaterThan(20_000);
    const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // The handout, not the whole page (a chapter prints to about a dozen pages).
    expect(pages, `${name} ${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${name} ${format} pages`).toBeLessThanOrEqual(6);
    writeFileSync(`${OUT}${name}-${format}.pdf`, pdf);
    console.log(`handout: ${OUT}${name}-${format}.pdf (${pages} pages, ${pdf.length} bytes)`);
  }
}

describe('the handout', () => {
  it('of a chapter shows every figure at its settings, the key numbers, the date and a QR code of the address, and no controls', async () => {
    const open = await openPage('/chapters/brand-compounds/?medianCpc=40&cpl.brandShare=0.5');
    const { page } = open;
    try {
      await page.waitForSelector('[data-print-handout]:not([hidden])');
      await printHandout(page);
      const sheet = page.locator('.handout-sheet');
      expect(await sheet.isVisible()).toBe(true);
      expect(await page.locator('.handout-figure').count()).toBe(5);
      expect(await page.locator('.handout-figure > svg').count()).toBe(5);
      const text = await sheet.innerText();
      expect(text).toContain('Your numbers: median CPC $40.');
      expect(text).toContain('Changed in this figure only: brand share 50%.');
      expect(text).toMatch(/Printed \d{4}-\d{2}-\d{2}/);
      expect(text).toContain(await liveUrl(page));
      expect(await visibleControls(page)).toEqual([]);
      expect(await decodeQr(page)).toBe(await liveUrl(page));
      await pdfs(page, 'brand-compounds');
      expect(open.log.pageErrors).toEqual([]);
      expect(open.foreignRequests()).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('of the planner shows the dashboard and the comparison, with a QR code of the address', async () => {
    const open = await openPage('/plan/?v=2&s1.name=Today&s1.brandShare=0.1&s2.name=Plan&s2.brandShare=0.5');
    const { page } = open;
    try {
      await page.waitForSelector('[data-comparison] svg');
      await printHandout(page);
      const text = await page.locator('.handout-sheet').innerText();
      expect(text).toContain('The in-market pool');
      expect(text).toContain('Scenarios: Today (brand share 10%); Plan (brand share 50%).');
      expect(await visibleControls(page)).toEqual([]);
      expect(await decodeQr(page)).toBe(await liveUrl(page));
      await pdfs(page, 'planner');
    } finally {
      await open.close();
    }
  });
});

describe('the handout, for assistive technology', () => {
  it.each(['light', 'dark'] as const)('has no axe violations in print (%s)', async (colorScheme) => {
    const open = await openPage('/chapters/the-rotating-pool/?cycleMonths=48', { colorScheme });
    try {
      await open.page.waitForSelector('[data-print-handout]:not([hidden])');
      await printHandout(open.page);
      const violations = await runAxe(open.page);
      expect(violations.length, formatViolations(violations)).toBe(0);
    } finally {
      await open.close();
    }
  });
});

// The planner's tiers of accounts: read from the address, run as segments on the selected
// scenario (the totals match Node's), edited by keyboard and buttons with the address kept in
// step, and a hostile name shown as text.

import { describe, expect, it } from 'vitest';
import { formatViolations, liveSearch, openPage, runAxe } from './browser.ts';
import { defaultScenario, tierTotals } from '../../src/model/index.ts';
import { readQuery } from '../../src/state/query.ts';
import { readTiers, tierSpecs } from '../../src/state/tiers.ts';
import { formatCount, formatCurrency } from '../../src/lib/format.ts';

const SEARCH =
  '?v=2&t1.name=Named+accounts&t1.budgetShare=0.3&t1.buyers=500&t1.dealSize=150000&t2.name=Rest&t2.budgetShare=0.7';

describe('planner tiers', () => {
  it('runs the tiers in the address and shows the same totals as Node', async () => {
    const open = await openPage(`/plan/${SEARCH}`);
    try {
      const { page } = open;
      const table = page.locator('.tiers-table');
      await table.waitFor();
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())));
      const expected = tierTotals(defaultScenario, tierSpecs(readTiers(readQuery(SEARCH).figures).tiers).specs);
      expect(rows.map((r) => [r[0], r[4], r[5], r[6]])).toEqual(
        expected.map((t) => [t.name, formatCount(t.wins), formatCurrency(t.revenue), formatCurrency(t.cac)]),
      );
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('starts, adds and removes tiers by keyboard, keeping the address in step', async () => {
    const open = await openPage('/plan/');
    try {
      const { page } = open;
      const start = page.getByRole('button', { name: 'Describe tiers of accounts' });
      await start.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await liveSearch(page)).get('t1.name')).toBe('Named accounts');
      expect((await liveSearch(page)).get('t2.name')).toBe('Everyone else');
      await page.getByRole('button', { name: 'Add a tier' }).click();
      await expect.poll(async () => (await liveSearch(page)).get('t3.name')).toBe('Tier 3');
      expect(await page.getByRole('button', { name: 'Add a tier' }).isDisabled()).toBe(true);
      const share = page.locator('#tier-2-budgetShare');
      await share.fill('25');
      await share.press('Tab');
      await expect.poll(async () => (await liveSearch(page)).get('t3.budgetShare')).toBe('0.25');
      await expect.poll(() => page.locator('.tiers-note').textContent()).toMatch(/add up to 125%/);
      await page.getByRole('button', { name: 'Remove Tier 3' }).click();
      await expect.poll(async () => (await liveSearch(page)).get('t3.name')).toBeNull();
      const bad = page.locator('#tier-0-buyers');
      await bad.fill('3');
      await bad.press('Tab');
      await expect.poll(() => page.locator('.tiers-status').textContent()).toMatch(/buyers: 3 is outside/);
      expect(open.log.pageErrors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('shows a hostile tier name as text and names the bad values', async () => {
    const open = await openPage('/plan/?v=2&t1.name=%3Cimg%20src=x%20onerror=alert(1)%3E&t1.budgetShare=NaN&t9.name=x');
    try {
      const { page } = open;
      await page.locator('.tiers-table').waitFor();
      expect(await page.locator('[data-tiers] img').count()).toBe(0);
      expect(await page.locator('#tier-0-name').inputValue()).toBe('<img src=x onerror=alert(1)>');
      const notice = (await page.locator('.page-notice').textContent()) ?? '';
      expect(notice).toMatch(/t1.budgetShare/);
      expect(notice).toMatch(/at most 3 tiers/);
      expect(open.log.dialogs).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations with tiers (%s)', async (colorScheme) => {
    const open = await openPage(`/plan/${SEARCH}`, { colorScheme });
    try {
      await open.page.locator('.tiers-table').waitFor();
      const violations = await runAxe(open.page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

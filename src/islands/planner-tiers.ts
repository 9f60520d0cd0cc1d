// The planner's tiers of accounts: a small form per tier (name, share of the budget, and the
// numbers that differ from the scenario) and a table of what each tier and all of them together
// bring over the selected scenario's horizon. Built with DOM calls; text only ever via textContent.

import { tierTotals } from '../model/index.ts';
import type { Scenario, TierTotals } from '../model/index.ts';
import { formatCount, formatCurrency, formatMonths, formatPercent } from '../lib/format.ts';
import {
  MAX_TIERS,
  TIER_FIELDS,
  TIER_LABELS,
  TIER_RANGES,
  readTierValue,
  starterTiers,
  tierName,
  tierSpecs,
} from '../state/tiers.ts';
import type { PlannerTier, TierField } from '../state/tiers.ts';
import { element } from './element.ts';

export interface TiersHandle {
  /** Redraws the results for the scenario now selected. */
  render(scenario: Scenario): void;
  tiers(): PlannerTier[];
}

export function wireTiers(
  host: HTMLElement,
  initial: PlannerTier[],
  scenario: () => Scenario,
  changed: (tiers: PlannerTier[]) => void,
): TiersHandle {
  let tiers = initial.map((t) => ({ ...t }));
  const forms = element('div', 'tiers-forms');
  const actions = element('p', 'tiers-actions');
  const status = element('p', 'tiers-status');
  status.setAttribute('role', 'status');
  const results = element('div', 'tiers-results');
  host.replaceChildren(forms, actions, status, results);

  const commit = () => {
    changed(tiers);
    draw();
  };

  const drawForms = () => {
    forms.replaceChildren(
      ...tiers.map((tier, index) => {
        const set = element('fieldset', 'tier');
        set.append(element('legend', undefined, `Tier ${index + 1}`));
        const nameId = `tier-${index}-name`;
        const nameLabel = element('label', undefined, 'Name');
        nameLabel.htmlFor = nameId;
        const name = element('input');
        name.id = nameId;
        name.type = 'text';
        name.maxLength = 40;
        name.value = tier.name;
        name.addEventListener('change', () => {
          tiers[index]!.name = tierName(name.value, index);
          name.value = tiers[index]!.name;
          commit();
        });
        set.append(element('span', 'tier-field'));
        set.lastElementChild!.append(nameLabel, name);
        for (const field of TIER_FIELDS) {
          const id = `tier-${index}-${field}`;
          const label = element(
            'label',
            undefined,
            field === 'budgetShare' ? `${TIER_LABELS[field]} (%)` : TIER_LABELS[field],
          );
          label.htmlFor = id;
          const input = element('input');
          input.id = id;
          input.type = 'number';
          input.inputMode = 'decimal';
          const range = TIER_RANGES[field];
          const scale = field === 'budgetShare' ? 100 : 1;
          input.min = String(range.min * scale);
          input.max = String(range.max * scale);
          input.step = 'any';
          const value = tier[field];
          input.value = value === undefined ? '' : String(Math.round(value * scale * 1e6) / 1e6);
          if (field !== 'budgetShare')
            input.placeholder = `as the scenario: ${String(scenario()[field as Exclude<TierField, 'budgetShare'>])}`;
          input.addEventListener('change', () => {
            const raw = input.value.trim();
            if (raw === '' && field !== 'budgetShare') {
              delete tiers[index]![field];
              status.textContent = '';
              commit();
              return;
            }
            const read = readTierValue(field, field === 'budgetShare' ? String(Number(raw) / 100) : raw);
            if (read.problem) {
              status.textContent = `Tier ${index + 1}: ${read.problem}; kept the previous value.`;
              const previous = tiers[index]![field];
              input.value = previous === undefined ? '' : String(Math.round(previous * scale * 1e6) / 1e6);
              return;
            }
            tiers[index]![field] = read.value!;
            status.textContent = '';
            commit();
          });
          const wrap = element('span', 'tier-field');
          wrap.append(label, input);
          set.append(wrap);
        }
        const remove = element('button', undefined, `Remove ${tier.name}`);
        remove.type = 'button';
        remove.addEventListener('click', () => {
          tiers.splice(index, 1);
          commit();
          drawForms();
          drawActions();
          (forms.querySelector('input') ?? actions.querySelector('button'))?.focus();
        });
        set.append(remove);
        return set;
      }),
    );
  };

  const drawActions = () => {
    const button = element('button', undefined, tiers.length === 0 ? 'Describe tiers of accounts' : 'Add a tier');
    button.type = 'button';
    button.disabled = tiers.length >= MAX_TIERS;
    button.addEventListener('click', () => {
      if (tiers.length === 0) tiers = starterTiers(scenario());
      else tiers.push({ name: tierName('', tiers.length), budgetShare: 0 });
      commit();
      drawForms();
      drawActions();
      forms.querySelector<HTMLInputElement>(`#tier-${tiers.length - 1}-name`)?.focus();
    });
    actions.replaceChildren(button);
  };

  const table = (rows: TierTotals[], horizon: number) => {
    const t = element('table', 'tiers-table');
    t.append(element('caption', undefined, `Each tier and all of them together, over ${formatMonths(horizon)}`));
    const head = element('thead');
    const hr = element('tr');
    for (const label of ['Tier', 'Budget', 'Leads', 'Opportunities', 'Wins', 'Revenue', 'CAC']) {
      const th = element('th', undefined, label);
      th.scope = 'col';
      hr.append(th);
    }
    head.append(hr);
    const body = element('tbody');
    for (const r of rows) {
      const tr = element('tr');
      const th = element('th', undefined, r.name);
      th.scope = 'row';
      tr.append(
        th,
        element('td', undefined, formatPercent(r.budgetShare)),
        element('td', undefined, formatCount(r.leads)),
        element('td', undefined, formatCount(r.opportunities)),
        element('td', undefined, formatCount(r.wins)),
        element('td', undefined, formatCurrency(r.revenue)),
        element('td', undefined, formatCurrency(r.cac)),
      );
      body.append(tr);
    }
    t.append(head, body);
    const wrap = element('div', 'table-wrap');
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', 'Tiers of accounts, results');
    wrap.append(t);
    return wrap;
  };

  const draw = () => {
    if (tiers.length === 0) {
      results.replaceChildren(element('p', undefined, 'No tiers: the scenario is planned as one market.'));
      return;
    }
    const s = scenario();
    const { specs, note } = tierSpecs(tiers);
    try {
      const rows = tierTotals(s, specs);
      results.replaceChildren(...(note ? [element('p', 'tiers-note', note)] : []), table(rows, s.horizonMonths));
      results.dataset['totalWins'] = String(rows.at(-1)!.wins);
    } catch (error) {
      results.replaceChildren(
        element(
          'p',
          'tiers-note',
          `These tiers cannot be run: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
  };

  drawForms();
  drawActions();
  draw();
  return {
    render: () => draw(),
    tiers: () => tiers.map((t) => ({ ...t })),
  };
}

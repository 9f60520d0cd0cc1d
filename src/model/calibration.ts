// The calibration targets (MODEL.md sections 10 and v2) measured on the current defaults, for
// the model page: each target in words, what the engine measures now, and whether it is met.
// The tests assert each target on its own; this report is computed at build time, never typed.

import { attribution, ledgerShares } from './attribution.ts';
import { simulateExpected } from './expected.ts';
import { cumulative } from './rows.ts';
import { defaultScenario } from './scenario.ts';
import type { Scenario } from './scenario.ts';
import { steadyState } from './market.ts';
import { simulatePool } from './pool.ts';
import { sweep } from './sweep.ts';
import { crossoverMonth, runAtShare } from './splits.ts';
import { gatedSweep } from './volume.ts';

export interface TargetReport {
  id: string;
  target: string;
  measured: string;
  met: boolean;
}

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`;
const money = (x: number | null) => (x === null ? '\u2014' : `$${Math.round(x).toLocaleString('en-US')}`);

export function calibrationReport(scenario: Scenario = defaultScenario): TargetReport[] {
  const at = (share: number, patch: Partial<Scenario> = {}) =>
    simulateExpected({ ...scenario, brandShare: share, ...patch, schedule: patch.schedule ?? [] });
  const reports: TargetReport[] = [];

  const market = steadyState(scenario);
  const mixed = steadyState({ ...scenario, entryPattern: 'mixed', heterogeneity: 1 });
  const share = market.inMarket / scenario.buyers;
  const mixedShare = mixed.inMarket / scenario.buyers;
  // The agents: 100,000 buyers under the mixed pattern for five years (one seeded run).
  const agents = simulatePool({ ...scenario, entryPattern: 'mixed', heterogeneity: 1 }, { seed: 4, months: 60 });
  const agentShare = agents.reduce((sum, r) => sum + r.inMarketShare, 0) / agents.length;
  const ever = agents.at(-1)!.everInMarketShare;
  reports.push({
    id: 'T1',
    target:
      'In market at once: W / C = 5.0%; under the mixed pattern (k = 1) within 0.1 points of it (agents: 0.3), and under 60% of buyers in market at least once in 60 months.',
    measured: `${pct(share, 2)}; mixed ${pct(mixedShare, 3)}, agents ${pct(agentShare, 2)}; ever in market by month 60: ${pct(ever, 0)}`,
    met:
      Math.abs(share - 0.05) < 1e-9 &&
      Math.abs(mixedShare - 0.05) <= 0.001 &&
      Math.abs(agentShare - 0.05) <= 0.003 &&
      ever < 0.6,
  });

  const base = at(0);
  const doubled = at(0, { monthlyBudget: 2 * scenario.monthlyBudget });
  const ratio = Math.min(...base.map((r) => (r.marginalCpc ?? 0) / (r.avgCpc ?? Infinity)));
  const gain = Math.max(...base.map((r, i) => doubled[i]!.leads / r.leads));
  reports.push({
    id: 'T2',
    target:
      'Activation only: the last click costs at least twice the average; doubling the budget adds under 20% more leads.',
    measured: `last click ${ratio.toFixed(2)}\u00d7 the average; doubling adds ${pct(gain - 1)}`,
    met: ratio >= 2 && gain < 1.2,
  });

  const heavy = at(0.6);
  const light = at(0.1);
  const month1 = heavy[0]!.cpl! / light[0]!.cpl!;
  reports.push({
    id: 'T3',
    target: 'Month 1: fully loaded cost per lead at 60% brand at least 15% above 10% brand.',
    measured: `${money(heavy[0]!.cpl)} against ${money(light[0]!.cpl)} (${pct(month1 - 1, 0)} above)`,
    met: month1 >= 1.15,
  });

  const crossing = crossoverMonth(runAtShare(scenario, 0.6), runAtShare(scenario, 0.1));
  reports.push({
    id: 'T4',
    target: 'The cumulative cost per lead of 60% brand falls below 10% brand for good between months 9 and 18.',
    measured: crossing === null ? 'no crossover' : `month ${crossing}`,
    met: crossing !== null && crossing >= 9 && crossing <= 18,
  });

  const last = Math.min(36, heavy.length) - 1;
  const month36 = heavy[last]!.cpl! / light[last]!.cpl!;
  reports.push({
    id: 'T5',
    target: 'Month 36: cost per lead at 60% brand at least 20% below 10% brand.',
    measured: `${money(heavy[last]!.cpl)} against ${money(light[last]!.cpl)} (${pct(1 - month36, 0)} below)`,
    met: month36 <= 0.8,
  });

  const leads = sweep(scenario, { objective: 'leads' });
  const shareAt = (points: typeof leads, h: number) => points[h - 1]!.brandShare;
  const monotone = leads.every((p, i) => i === 0 || p.brandShare >= leads[i - 1]!.brandShare);
  reports.push({
    id: 'T6',
    target:
      'The brand share with the most leads is 0 up to 6 months, never falls with the horizon, and is 50-70% at 36 months.',
    measured: `${[6, 12, 24, 36, 60].map((h) => pct(shareAt(leads, h), 0)).join(' / ')} at 6 / 12 / 24 / 36 / 60 months`,
    met:
      leads.slice(0, 6).every((p) => p.brandShare === 0) &&
      monotone &&
      shareAt(leads, 36) >= 0.5 &&
      shareAt(leads, 36) <= 0.7,
  });

  const held = at(0.6);
  const cut = at(0.6, { schedule: [{ fromMonth: 7, toMonth: 12, brandShare: 0 }] });
  const cheaper = [7, 8, 9, 10, 11, 12].every((t) => cut[t - 1]!.cpl! < held[t - 1]!.cpl!);
  const dearer = Array.from({ length: 12 }, (_, i) => i + 13).every((t) => cut[t - 1]!.cpl! > held[t - 1]!.cpl!);
  const lost = cumulative(held).at(-1)!.leads - cumulative(cut).at(-1)!.leads;
  reports.push({
    id: 'T7',
    target:
      'A brand cut to zero in months 7-12 (from 60% brand) lowers cost per lead during the cut, raises it in every month 13-24 and loses leads over 36 months.',
    measured: `${cheaper ? 'cheaper' : 'not cheaper'} during, ${dearer ? 'dearer' : 'not dearer'} after, ${Math.round(lost)} leads lost`,
    met: cheaper && dearer && lost > 0,
  });

  const rows = attribution(scenario);
  const months = rows.map((r) => ledgerShares([r], 'opportunities'));
  const said = months.map((m) => m.selfReported ?? 0);
  reports.push({
    id: 'T8',
    target:
      'Last click credits brand 0%; buyers credit it 30-60% of opportunities every month; its true share rises from under 10% in month 1 to over 50% in month 36.',
    measured: `last click ${pct(Math.max(...months.map((m) => m.lastClick ?? 0)), 0)}; self-reported ${pct(Math.min(...said), 0)}-${pct(Math.max(...said), 0)}; true ${pct(months[0]!.trueCredit ?? 0)} to ${pct(months.at(-1)!.trueCredit ?? 0)}`,
    met:
      months.every((m) => m.lastClick === 0) &&
      said.every((s) => s >= 0.3 && s <= 0.6) &&
      (months[0]!.trueCredit ?? 1) < 0.1 &&
      (months.at(-1)!.trueCredit ?? 0) > 0.5,
  });

  const gated = gatedSweep(scenario, 3);
  const [none, half] = [gated[0]!, gated[1]!];
  const change = (a: number | null, b: number | null) => (a !== null && b ? a / b - 1 : NaN);
  reports.push({
    id: 'T9',
    target:
      'Gating half the lead-generation budget raises leads by at least 50% and cuts cost per lead by at least 30%, while opportunities change by under 5% and CAC rises by at least 15%.',
    measured: `leads ${Math.round(none.leads).toLocaleString('en-US')} to ${Math.round(half.leads).toLocaleString('en-US')}, CPL ${money(none.cpl)} to ${money(half.cpl)}, opportunities ${Math.round(none.opportunities)} to ${Math.round(half.opportunities)}, CAC ${money(none.cac)} to ${money(half.cac)}`,
    met:
      change(half.leads, none.leads) >= 0.5 &&
      change(half.cpl, none.cpl) <= -0.3 &&
      Math.abs(change(half.opportunities, none.opportunities)) < 0.05 &&
      change(half.cac, none.cac) >= 0.15,
  });

  const wins = sweep(scenario, { objective: 'wins' });
  reports.push({
    id: 'T10',
    target: 'Counting wins never favours less brand than counting leads, at any horizon from 1 to 60 months.',
    measured: `wins: ${[3, 12, 36].map((h) => pct(shareAt(wins, h), 0)).join(' / ')} against leads: ${[3, 12, 36].map((h) => pct(shareAt(leads, h), 0)).join(' / ')} at 3 / 12 / 36 months`,
    met: wins.every((p, i) => p.brandShare >= leads[i]!.brandShare),
  });
  return reports;
}

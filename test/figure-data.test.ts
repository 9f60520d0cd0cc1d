// Goldens of what every figure tells a reader besides its picture: its data table (columns and
// formatted rows), its CSV, its live summary and the numbers the prose quotes, at the defaults
// and at one other state (the reader's own numbers plus the figure's own settings). A change in
// CSV quoting, a column that reads another series or a prose number that reads the wrong field
// changes a golden. A mismatch writes NAME-changed.json beside it (gitignored) for review.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { figures } from '../src/figures/registry.ts';
import { csvText } from '../src/views/render.ts';
import { readFigure } from '../src/figures/url-state.ts';
import type { FigureDefinition } from '../src/figures/types.ts';
import { readQuery } from '../src/state/query.ts';
import { readReader } from '../src/state/reader.ts';

const OUTPUT = new URL('./output/figure-data/', import.meta.url);

/** The reader's numbers of the second state: a different market, prices, memory and plan. */
const READER = 'cycleMonths=48&windowMonths=2&medianCpc=40&monthlyBudget=50000&brandShare=0.5&memoryHalfLifeMonths=9';

/** Each figure's own settings in the second state, so its extras are exercised too. */
const OWN: Record<string, string> = {
  'pool-dots': 'pool.seed=7&pool.month=12',
  'pool-shares': 'shares.seed=3&shares.entryPattern=random',
  'pool-wait': 'wait.seed=5',
  'spend-leads': 'spend.cpcSpread=1.2',
  'price-ladder': 'ladder.monthlyBudget=30000',
  'mmm-view': 'mmm.form=1&mmm.observed=1',
  'activation-months': 'months.clickToLeadWarm=0.2',
  'cpl-time': 'cpl.horizonMonths=48',
  memory: 'memory.encodingPerExposure=0.01',
  dashboard: 'dash.brandFirstRate=0.3',
  downturn: 'cut.cutFrom=10&cut.cutMonths=9',
  'horizon-sweep': 'sweep.objective=2&sweep.reading=0&sweep.horizonMonths=24',
  'three-ledgers': 'ledgers.measure=1&ledgers.selfReportRecall=0.3',
  'survey-recall': 'recall.measure=1&recall.initialSalience=0.3',
  'dashboard-cut': 'dcut.money=1&dcut.cutFrom=7&dcut.cutMonths=12',
  'mql-trap': 'mql.gatedShare=0.3&mql.intentLift=4',
  'gate-or-give': 'gate.monthlySum=20000&gate.gatedCpl=80',
  'sales-velocity': 'velocity.dealSize=50000&velocity.salesCycleMonths=9',
  'stage-ladder': 'stage.objective=3&stage.horizonScale=0.5',
  'challenger-leader': 'memory2.objective=1',
  'account-tiers': 'tiers.namedShare=0.5&tiers.midShare=0.2',
  'your-split': 'yours.objective=3&yours.plan=1',
};

function snapshot(definition: FigureDefinition, search: string) {
  const query = readQuery(search);
  const reader = readReader(query.reader);
  const { state, problems } = readFigure(definition, reader.scenario, query.figures[definition.namespace]);
  expect([...reader.problems, ...problems], `${definition.name} ${search}`).toEqual([]);
  const rows = definition.compute(state);
  const table = definition.table(rows, state);
  return {
    search,
    summary: definition.summary(rows, state),
    stats: definition.stats(rows, state),
    table: {
      columns: table.columns.map((c) => [c.key, c.label]),
      rows: table.rows.map((row) => table.columns.map((c) => c.format(row[c.key]))),
    },
    csv: csvText(definition, rows, state),
  };
}

function compare(name: string, value: unknown): string | null {
  mkdirSync(OUTPUT, { recursive: true });
  const text = `${JSON.stringify(value, null, 1)}\n`;
  const golden = new URL(`${name}.json`, OUTPUT);
  const changed = new URL(`${name}-changed.json`, OUTPUT);
  if (existsSync(golden) && readFileSync(golden, 'utf8') === text) {
    rmSync(changed, { force: true });
    return null;
  }
  writeFileSync(changed, text);
  return existsSync(golden)
    ? `test/output/figure-data/${name}.json differs: see ${name}-changed.json`
    : `no golden test/output/figure-data/${name}.json: wrote ${name}-changed.json; review it and rename it`;
}

describe('figure data goldens', () => {
  it('cover every figure with a second state', () => {
    expect(Object.keys(OWN).sort()).toEqual(Object.keys(figures).sort());
  });

  for (const [name, definition] of Object.entries(figures)) {
    it(`${name}: table, CSV, summary and prose numbers match the golden at the defaults and with other numbers`, () => {
      const states = [snapshot(definition, ''), snapshot(definition, `?${READER}&${OWN[name]}`)];
      expect(states[1]!.summary, 'the second state changes the summary').not.toBe(states[0]!.summary);
      expect(compare(name, states)).toBeNull();
    });

    it(`${name}: the CSV reads back as the table\u2019s labels and raw values`, () => {
      const { csv, table } = snapshot(definition, '');
      const parsed = csvParseRows(csv);
      expect(parsed[0]).toEqual(table.columns.map(([, label]) => label));
      expect(parsed.length - 1).toBe(table.rows.length);
    });
  }
});

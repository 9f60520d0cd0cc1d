// Steps as data (issue #16): how a chapter's <Steps> blocks are read and checked, how a step's
// settings sit under the reader's own changes in a figure, the words the figure says about a
// step, the one rule across fields, the controls that change nothing, the handles' arithmetic,
// the three-significant-figure formatters and the pacing scanner.

import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureByName, figures } from '../src/figures/registry.ts';
import { figuresInSource, stepProblems, stepsInSource } from '../src/figures/steps.ts';
import {
  layerOwn,
  noOwnSettings,
  ownOverStep,
  readFigure,
  setOwn,
  stateFrom,
  stepNote,
} from '../src/figures/url-state.ts';
import { defaultScenario, inactiveReason, parseScenario, simulate } from '../src/model/index.ts';
import { windowRepair } from '../src/model/scenario.ts';
import { formatCountAbout, formatCurrencyAbout, roundSignificant } from '../src/lib/format.ts';
import { keyMove, snap } from '../src/islands/handles.ts';
import { journey } from '../src/figures/pool-dots.ts';
import { isYear, pacing, significantFigures, splitSentences } from './pacing-scan.ts';
import { scenarioArbitrary } from './arbitraries.ts';

const chapters = readdirSync(new URL('../content/chapters/', import.meta.url))
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ file, mdx: readFileSync(new URL(`../content/chapters/${file}`, import.meta.url), 'utf8') }));

describe('steps in a chapter', () => {
  const mdx = [
    '<Steps figure="pool-dots" say="x">',
    '<Step show="cycleMonths" notes="n">',
    'One.',
    '</Step>',
    '<Step set="cycleMonths=18&windowMonths=1" show="cycleMonths,windowMonths">',
    'Two.',
    '</Step>',
    '</Steps>',
  ].join('\n');

  it('are read with their settings and controls, numbered from 1', () => {
    expect(stepsInSource(mdx)).toEqual([
      {
        figure: 'pool-dots',
        steps: [
          { n: 1, set: {}, show: ['cycleMonths'] },
          { n: 2, set: { cycleMonths: '18', windowMonths: '1' }, show: ['cycleMonths', 'windowMonths'] },
        ],
      },
    ]);
    expect(figuresInSource(`${mdx}\n<Figure name="pool-wait" />`)).toEqual(['pool-dots', 'pool-wait']);
  });

  it('are refused, in words an author can act on, when they name a setting the figure lacks or show too many', () => {
    const pool = figureByName('pool-dots');
    expect(stepProblems(pool, { n: 2, set: { medianCpc: '4' }, show: [] })).toEqual([
      expect.stringMatching(/^step 2 sets "medianCpc", which is not a setting of pool-dots/),
    ]);
    expect(
      stepProblems(pool, { n: 1, set: {}, show: ['cycleMonths', 'windowMonths', 'entryPattern', 'seed'] }),
    ).toEqual(['step 1 shows 4 controls; at most 3']);
  });

  it('in every chapter name real settings of their figure, and every step reads without a problem', () => {
    let count = 0;
    for (const { file, mdx: source } of chapters)
      for (const block of stepsInSource(source)) {
        const definition = figureByName(block.figure);
        for (const step of block.steps) {
          count++;
          expect(stepProblems(definition, step), `${file} ${block.figure} step ${step.n}`).toEqual([]);
          expect(readFigure(definition, defaultScenario, step.set).problems, `${file} step ${step.n}`).toEqual([]);
        }
      }
    console.log(`steps checked: ${count}`);
  });
});

describe('a step under the reader\u2019s own changes', () => {
  const pool = figureByName('pool-dots');
  const step = readFigure(pool, defaultScenario, { cycleMonths: '18', windowMonths: '1' }).own;

  it('draws the step, with the reader\u2019s change on top, and keeps only the change as the reader\u2019s own', () => {
    const effective = setOwn(pool, defaultScenario, layerOwn(step, noOwnSettings()), 'cycleMonths', 24).own;
    const own = ownOverStep(pool, defaultScenario, step, effective);
    expect(own.scenario).toEqual({ cycleMonths: 24 });
    expect(stateFrom(pool, defaultScenario, layerOwn(step, own)).scenario).toMatchObject({
      cycleMonths: 24,
      windowMonths: 1,
    });
  });

  it('keeps a change back to the reader\u2019s number as a change over the step', () => {
    const effective = setOwn(pool, defaultScenario, layerOwn(step, noOwnSettings()), 'windowMonths', 3).own;
    const own = ownOverStep(pool, defaultScenario, step, effective);
    expect(own.scenario).toEqual({ windowMonths: 3 });
    expect(stateFrom(pool, defaultScenario, layerOwn(step, own)).scenario.windowMonths).toBe(3);
  });

  it('is said in a sentence, with its values as the controls show them', () => {
    expect(stepNote(pool, 3, 4, step)).toBe(
      'Step 3 of 4 sets the purchase cycle to 18 months and the buying window to 1 month, on top of your numbers.',
    );
    expect(stepNote(pool, 1, 4, noOwnSettings())).toBe('Step 1 of 4 shows your numbers.');
  });
});

describe('the buying window and the purchase cycle', () => {
  it('leave a window shorter than the cycle alone', () => {
    expect(windowRepair({ windowMonths: 3, cycleMonths: 60 })).toBeNull();
  });

  it('give the longest window the cycle allows, and say so without naming a key', () => {
    expect(windowRepair({ windowMonths: 9, cycleMonths: 6 })).toEqual({
      windowMonths: 5,
      sentence: 'The buying window must be shorter than the purchase cycle (6 months), so it is 5 months.',
    });
  });

  it('hold for every figure after any sequence of cycle and window changes, and the state shows what was kept', () => {
    const definitions = Object.values(figures).filter((d) => d.controls.includes('cycleMonths'));
    fc.assert(
      fc.property(
        fc.constantFrom(...definitions),
        fc.array(fc.tuple(fc.constantFrom('cycleMonths', 'windowMonths'), fc.integer({ min: 0, max: 250 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (definition, inputs) => {
          let own = noOwnSettings();
          for (const [key, value] of inputs) {
            const result = setOwn(definition, defaultScenario, own, key, value);
            own = result.own;
            for (const problem of result.problems) expect(problem).not.toMatch(/windowMonths|cycleMonths/);
            const { scenario } = stateFrom(definition, defaultScenario, own);
            expect(scenario.windowMonths).toBeLessThan(scenario.cycleMonths);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a control that changes nothing', () => {
  const differs = (a: ReturnType<typeof simulate>, b: ReturnType<typeof simulate>) =>
    JSON.stringify(a) !== JSON.stringify(b);

  it('is disabled only when moving it changes no result, across the parameter space', () => {
    const cases: [string, (s: Record<string, unknown>) => unknown][] = [
      ['heterogeneity', (s) => (Number(s['heterogeneity']) > 5 ? 0.5 : 20)],
      ['gatedCpl', (s) => (Number(s['gatedCpl']) > 100 ? 10 : 300)],
      ['intentLift', (s) => (Number(s['intentLift']) > 2 ? 1 : 5)],
    ];
    let inactive = 0;
    fc.assert(
      fc.property(scenarioArbitrary({ maxBuyers: 100_000, maxHorizon: 48 }), (scenario) => {
        for (const [key, other] of cases) {
          const reason = inactiveReason(key, scenario);
          if (!reason) continue;
          inactive++;
          const moved = parseScenario({ ...scenario, [key]: other(scenario) }).scenario;
          expect(differs(simulate(scenario), simulate(moved)), `${key}: ${reason}`).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
    expect(inactive).toBeGreaterThan(0);
  });

  it('is enabled when it matters', () => {
    expect(inactiveReason('heterogeneity', { ...defaultScenario, entryPattern: 'mixed' })).toBeNull();
    expect(inactiveReason('heterogeneity', defaultScenario)).toMatch(/mixed/);
    expect(inactiveReason('gatedCpl', { ...defaultScenario, gatedShare: 0.5 })).toBeNull();
    expect(inactiveReason('medianCpc', defaultScenario)).toBeNull();
  });
});

describe('handles', () => {
  const spec = { min: 0, max: 1, step: 0.01, format: String };

  it('snap to the step and stay in range', () => {
    expect(snap(0.4049, spec)).toBe(0.4);
    expect(snap(-3, spec)).toBe(0);
    expect(snap(7, spec)).toBe(1);
  });

  it('move a step, ten steps or to an end with the keys; up and down move a row on a grid', () => {
    expect(keyMove('ArrowRight', 0.4, spec)).toBe(0.41);
    expect(keyMove('ArrowUp', 0.4, spec)).toBe(0.41);
    expect(keyMove('PageDown', 0.4, spec)).toBe(0.3);
    expect(keyMove('Home', 0.4, spec)).toBe(0);
    expect(keyMove('End', 0.4, spec)).toBe(1);
    expect(keyMove('a', 0.4, spec)).toBeNull();
    const grid = { min: 0, max: 1000, step: 1, format: String };
    expect(keyMove('ArrowDown', 5, grid, 40)).toBe(45);
    expect(keyMove('ArrowUp', 45, grid, 40)).toBe(5);
  });

  it('on the pool of dots tell the followed buyer\u2019s month', () => {
    const definition = figureByName('pool-dots');
    const state = readFigure(definition, defaultScenario, { follow: '342' }).state;
    const rows = definition.compute(state) as { states: Uint8Array };
    const sentence = journey(rows.states, 342, 2);
    expect(sentence).toMatch(
      /^Buyer 342 (is out of market|is in market|is entering the market|has just bought) in month 2; /,
    );
    expect(definition.summary(rows, { ...state, extras: { ...state.extras, month: 2 } })).toContain(sentence);
    const pointer = definition.handles![0]!;
    for (const buyer of [1, 40, 41, 999, 1000])
      expect(pointer.fromGrid!(state, pointer.grid!(state, buyer).x, pointer.grid!(state, buyer).y)).toBe(buyer);
  });
});

describe('numbers as precise as a reader needs', () => {
  it('round to three significant figures', () => {
    expect(roundSignificant(4_849_503)).toBe(4_850_000);
    expect(formatCurrencyAbout(4_849_503)).toBe('$4.85M');
    expect(formatCurrencyAbout(38_094)).toBe('$38,100');
    expect(formatCurrencyAbout(192.4)).toBe('$192');
    expect(formatCurrencyAbout(4.5)).toBe('$4.50');
    expect(formatCurrencyAbout(-2_996_551)).toBe('-$3M');
    expect(formatCountAbout(1_171)).toBe('1,170');
    expect(formatCountAbout(3_926_949)).toBe('3.93 million');
    expect(formatCountAbout(Number.NaN)).toBe('\u2014');
  });
});

describe('the pacing scanner', () => {
  it('counts significant figures as written, and knows a year', () => {
    expect(significantFigures('4,849,503')).toBe(7);
    expect(significantFigures('1,000')).toBe(1);
    expect(significantFigures('20.70')).toBe(4);
    expect(significantFigures('0.05')).toBe(1);
    expect(isYear('2026')).toBe(true);
    expect(isYear('1,000')).toBe(false);
  });

  it('splits sentences but not at e.g. or an initial', () => {
    expect(splitSentences('A B, e.g. C here. J. Dawes said so. Then 5% left.')).toEqual([
      'A B, e.g. C here.',
      'J. Dawes said so.',
      'Then 5% left.',
    ]);
  });

  it('measures paragraphs, sentences and numbers of a chapter, live numbers as they print', () => {
    const mdx = [
      '---',
      'title: x',
      '---',
      "import Num from './Num.astro';",
      '',
      '## A heading is not a paragraph',
      '',
      'One two three. Four <Num figure="f" stat="s" /> five.',
      '',
      '<Note>Six seven 4,849,503 eight.</Note>',
    ].join('\n');
    const report = pacing(mdx, () => '12%');
    expect(report.paragraphs.map((p) => p.words)).toEqual([6, 4]);
    expect(report.sentences).toEqual(['One two three.', 'Four 12% five.', 'Six seven 4,849,503 eight.']);
    expect(report.precise.map((p) => p.value)).toEqual(['4,849,503']);
    expect(report.numeralsPer100Words).toBeCloseTo(20, 5);
  });
});

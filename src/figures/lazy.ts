// Every figure by name, each behind its own import(): the browser loads a figure's code only
// when that figure is on the page and nears the viewport, so a chapter carries its own figures
// and not every figure of the site. Node (the build, the tests) uses registry.ts, which imports
// them all; test/lazy-figures.test.ts keeps the two lists the same.

import type { FigureDefinition } from './types.ts';

type Loader = () => Promise<FigureDefinition<unknown>>;

const loaders: Record<string, Loader> = {
  'account-tiers': () => import('./account-tiers.ts').then((m) => m.accountTiersFigure),
  'activation-months': () => import('./activation-months.ts').then((m) => m.activationMonthsFigure),
  'challenger-leader': () => import('./challenger-leader.ts').then((m) => m.challengerLeaderFigure),
  'cpl-time': () => import('./cpl-time.ts').then((m) => m.cplTimeFigure),
  'dashboard-cut': () => import('./dashboard-cut.ts').then((m) => m.dashboardCutFigure),
  dashboard: () => import('./dashboard.ts').then((m) => m.dashboardFigure),
  downturn: () => import('./downturn.ts').then((m) => m.downturnFigure),
  'gate-or-give': () => import('./gate-or-give.ts').then((m) => m.gateOrGiveFigure),
  'horizon-sweep': () => import('./horizon-sweep.ts').then((m) => m.horizonSweepFigure),
  memory: () => import('./memory.ts').then((m) => m.memoryFigure),
  'mmm-view': () => import('./mmm-view.ts').then((m) => m.mmmViewFigure),
  'mql-trap': () => import('./mql-trap.ts').then((m) => m.mqlTrapFigure),
  'pool-dots': () => import('./pool-dots.ts').then((m) => m.poolDotsFigure),
  'pool-shares': () => import('./pool-shares.ts').then((m) => m.poolSharesFigure),
  'pool-wait': () => import('./pool-wait.ts').then((m) => m.poolWaitFigure),
  'price-ladder': () => import('./price-ladder.ts').then((m) => m.priceLadderFigure),
  'sales-velocity': () => import('./sales-velocity.ts').then((m) => m.salesVelocityFigure),
  'spend-leads': () => import('./spend-leads.ts').then((m) => m.spendLeadsFigure),
  'stage-ladder': () => import('./stage-ladder.ts').then((m) => m.stageLadderFigure),
  'survey-recall': () => import('./survey-recall.ts').then((m) => m.surveyRecallFigure),
  'three-ledgers': () => import('./three-ledgers.ts').then((m) => m.threeLedgersFigure),
  'your-split': () => import('./your-split.ts').then((m) => m.yourSplitFigure),
};

export const lazyFigureNames: readonly string[] = Object.keys(loaders);

export function loadFigure(name: string): Promise<FigureDefinition<unknown>> {
  const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
  return load ? load() : Promise.reject(new Error(`unknown figure: ${name}`));
}

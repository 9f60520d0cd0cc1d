// Every figure on the site by name. The island loads a figure's definition from here.

import { activationMonthsFigure } from './activation-months.ts';
import { cplTimeFigure } from './cpl-time.ts';
import { dashboardFigure } from './dashboard.ts';
import { downturnFigure } from './downturn.ts';
import { horizonSweepFigure } from './horizon-sweep.ts';
import { memoryFigure } from './memory.ts';
import { mmmViewFigure } from './mmm-view.ts';
import { poolDotsFigure } from './pool-dots.ts';
import { poolSharesFigure } from './pool-shares.ts';
import { poolWaitFigure } from './pool-wait.ts';
import { priceLadderFigure } from './price-ladder.ts';
import { spendLeadsFigure } from './spend-leads.ts';
import { threeLedgersFigure } from './three-ledgers.ts';
import { surveyRecallFigure } from './survey-recall.ts';
import { dashboardCutFigure } from './dashboard-cut.ts';
import { mqlTrapFigure } from './mql-trap.ts';
import { gateOrGiveFigure } from './gate-or-give.ts';
import { salesVelocityFigure } from './sales-velocity.ts';
import { stageLadderFigure } from './stage-ladder.ts';
import { challengerLeaderFigure } from './challenger-leader.ts';
import { accountTiersFigure } from './account-tiers.ts';
import { yourSplitFigure } from './your-split.ts';
import type { FigureDefinition } from './types.ts';

export const figures: Record<string, FigureDefinition<unknown>> = {
  [poolDotsFigure.name]: poolDotsFigure,
  [poolSharesFigure.name]: poolSharesFigure,
  [poolWaitFigure.name]: poolWaitFigure,
  [spendLeadsFigure.name]: spendLeadsFigure,
  [priceLadderFigure.name]: priceLadderFigure,
  [mmmViewFigure.name]: mmmViewFigure,
  [activationMonthsFigure.name]: activationMonthsFigure,
  [cplTimeFigure.name]: cplTimeFigure,
  [memoryFigure.name]: memoryFigure,
  [dashboardFigure.name]: dashboardFigure,
  [downturnFigure.name]: downturnFigure,
  [horizonSweepFigure.name]: horizonSweepFigure,
  [threeLedgersFigure.name]: threeLedgersFigure,
  [surveyRecallFigure.name]: surveyRecallFigure,
  [dashboardCutFigure.name]: dashboardCutFigure,
  [mqlTrapFigure.name]: mqlTrapFigure,
  [gateOrGiveFigure.name]: gateOrGiveFigure,
  [salesVelocityFigure.name]: salesVelocityFigure,
  [stageLadderFigure.name]: stageLadderFigure,
  [challengerLeaderFigure.name]: challengerLeaderFigure,
  [accountTiersFigure.name]: accountTiersFigure,
  [yourSplitFigure.name]: yourSplitFigure,
};

export function figureByName(name: string): FigureDefinition<unknown> {
  const figure = Object.hasOwn(figures, name) ? figures[name] : undefined;
  if (!figure) throw new Error(`unknown figure: ${name}`);
  return figure;
}

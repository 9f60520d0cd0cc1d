// Every figure on the site by name. The island loads a figure's definition from here.

import { poolDotsFigure } from './pool-dots.ts';
import { poolSharesFigure } from './pool-shares.ts';
import { poolWaitFigure } from './pool-wait.ts';
import type { FigureDefinition } from './types.ts';

export const figures: Record<string, FigureDefinition<any>> = {
  [poolDotsFigure.name]: poolDotsFigure,
  [poolSharesFigure.name]: poolSharesFigure,
  [poolWaitFigure.name]: poolWaitFigure,
};

export function figureByName(name: string): FigureDefinition<any> {
  const figure = Object.hasOwn(figures, name) ? figures[name] : undefined;
  if (!figure) throw new Error(`unknown figure: ${name}`);
  return figure;
}

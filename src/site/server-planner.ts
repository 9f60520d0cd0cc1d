// Build-time rendering of the planner: the form and the dashboard at the defaults, drawn with
// linkedom's document, so the page reads completely without JavaScript. Never shipped.

import { parseHTML } from 'linkedom';
import { buildDashboard } from '../views/planner-view.ts';
import { buildScenarioForm } from '../views/scenario-form.ts';
import { defaultScenario, plannerDashboard } from '../model/index.ts';

function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}

export function plannerFormHtml(): string {
  return buildScenarioForm(serverDocument(), defaultScenario, {
    prefix: 'plan',
    interactive: false,
    title: 'The numbers of the scenario being edited',
  }).outerHTML;
}

export function plannerDashboardHtml(): string {
  return buildDashboard(serverDocument(), plannerDashboard(defaultScenario)).outerHTML;
}

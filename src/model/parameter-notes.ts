// Where each parameter's default comes from, and how a team estimates it from its own data (one
// sentence each), as the "Your numbers" form and the model page show them. Kept apart from the
// parameter table (parameters.ts) because every figure loads that table in the browser and only
// the form needs these.

import type { ParameterKey } from './parameters.ts';

export const estimates: Readonly<Record<ParameterKey, string>> = {
  buyers:
    'Count every organisation that fits your ideal customer profile, including those you will never hear from: a firmographic database or your total addressable market sizing gives it.',
  cycleMonths:
    'Take the median time between one purchase or contract renewal and the next switch or re-evaluation in your CRM, or ask customers how often they review this kind of supplier.',
  windowMonths:
    'Take the median time from first contact to decision on won and lost deals in your CRM; it is usually one to three months.',
  entryPattern:
    'Choose regular if purchases follow fixed contract terms, random if needs arise unpredictably, and mixed if a few heavy buyers purchase far more often than most.',
  heterogeneity:
    'It matters only under the mixed entry pattern: leave it at 1 unless your CRM shows how unequal repeat buying is, below 1 if a few heavy buyers make most of the purchases and above 10 if buyers buy about equally often.',
  memoryHalfLifeMonths:
    'It cannot be read off a dashboard: brand-awareness surveys repeated in the months after a campaign stops, or the carry-over (how long an ad\u2019s effect lingers) that a marketing-mix model estimates, bracket it.',
  brandCpm:
    'Divide your brand campaigns’ spend by their impressions and multiply by 1,000, from the reports of the platforms you run them on.',
  encodingPerExposure:
    'It cannot be measured directly: a brand-lift study (the rise in prompted awareness divided by impressions per person) gives a rough bracket; otherwise keep the calibrated value and read the planner’s sensitivity.',
  initialSalience:
    'Use the share of buyers in your category who name your brand unprompted when a brand-awareness survey asks which suppliers they know.',
  brandFirstRate:
    'It cannot be measured directly: the share of new leads among buyers who already knew you that arrived by branded search, direct traffic or referral (from a “how did you hear about us?” field) brackets it.',
  brandSearchShare:
    'Divide branded paid-search leads by all leads that came by branded search, direct traffic or referral in your web analytics.',
  brandCpc: 'Take the average cost per click of your branded search campaign from your ad platform.',
  medianCpc:
    'Take the median cost per click of your non-branded search campaigns over the last quarter from your ad platform.',
  cpcSpread:
    'Compare the 90th-percentile and the median cost per click of your non-branded keywords: a ratio of about 2.8 gives 0.8, a ratio of 5 gives about 1.25.',
  clickToLeadCold:
    'Divide leads by clicks for non-branded search campaigns, for visitors who had not been to your site before, in your web analytics.',
  clickToLeadWarm:
    'Divide leads by clicks for non-branded search campaigns, for returning visitors or those who know your brand, in your web analytics.',
  leadToOppCold:
    'Divide opportunities by leads, over the last year, for leads from paid channels with no earlier contact, in your CRM.',
  leadToOppWarm:
    'Divide opportunities by leads, over the last year, for leads that came by referral, direct traffic or branded search, in your CRM.',
  oppToWinCold:
    'Divide won deals by closed opportunities for opportunities from paid, first-contact leads, in your CRM.',
  oppToWinWarm:
    'Divide won deals by closed opportunities for opportunities from referral, direct and branded-search leads, in your CRM.',
  dealSize: 'Take the average first-year contract value of deals won in the last year from your CRM or finance system.',
  salesCostPerLead:
    'Divide the yearly cost of the people who qualify and follow up leads (salaries and tools) by the leads they handled.',
  salesCycleMonths: 'Take the median time from opportunity created to closed, won or lost, in your CRM.',
  monthlyBudget:
    'Add up last quarter’s brand and demand-generation media spend and divide by three; leave out salaries and tools.',
  brandShare:
    'Divide the media spend that aims at buyers who are not in market (awareness, video, sponsorship, broad social) by the total media spend.',
  horizonMonths:
    'Use the horizon your plan is judged on: a quarter or a year for a pipeline target, three years or more for a brand plan.',
  gatedShare:
    'Divide last quarter\u2019s spend on content syndication, lead-gen forms and promoted gated assets by the activation spend.',
  gatedCpl:
    'Divide the spend on gated content by the form fills it produced, from the syndication or ad platform\u2019s report.',
  intentLift:
    'Compare the share of form fillers who became opportunities within a quarter with the share of all target accounts in market (about the window over the cycle); the ratio brackets it.',
  selfReportRecall:
    'Compare the share of new leads naming podcasts, social, word of mouth or events in a \u201chow did you hear about us?\u201d field with the share who had been reached by brand media.',
};

export const sources: Readonly<Record<ParameterKey, string>> = {
  buyers: 'Illustrative category size.',
  cycleMonths: 'Dawes (LinkedIn B2B Institute, 2021): business services are switched about once every five years.',
  windowMonths: 'One quarter, the unit of the 95-5 rule.',
  entryPattern: 'Regular replacement cycles; Poisson timing; the NBD model of heavy and light buyers (Ehrenberg).',
  heterogeneity: 'NBD shape parameter; Ehrenberg-Bass category data often has k below 1.',
  memoryHalfLifeMonths:
    'Long-term brand effects persist for years (Binet & Field); 90% of short-term ad effects fade within 6-9 months (Leone, 1995).',
  brandCpm: 'Typical B2B social media CPMs.',
  encodingPerExposure: 'Calibrated so that the model meets its calibration targets (see /model/).',
  initialSalience: 'A challenger brand.',
  brandFirstRate: 'Calibrated to the model\u2019s targets (see /model/).',
  brandSearchShare: 'Assumption: half come through branded search ads.',
  brandCpc: 'Branded clicks are cheap: few competitors bid on them.',
  medianCpc: 'B2B search; auto-insurance clicks reach $225.',
  cpcSpread: 'Assumption: prices vary several-fold within a category.',
  clickToLeadCold: 'Visitor-to-lead rates of 1-5% are typical.',
  clickToLeadWarm: 'Warm buyers convert better.',
  leadToOppCold: 'Vendor funnel benchmarks.',
  leadToOppWarm: 'Vendor funnel benchmarks.',
  oppToWinCold: 'Opportunity-to-win rates of 15-35%.',
  oppToWinWarm: 'Opportunity-to-win rates of 15-35%.',
  dealSize: 'Illustrative.',
  salesCostPerLead: 'Illustrative.',
  salesCycleMonths: 'Roberge, sales velocity.',
  monthlyBudget: 'Illustrative.',
  brandShare:
    'Illustrative; Paddington (2026) reports the B2B Institute\u2019s split as 54% brand, and Binet & Field found 60% for consumer brands.',
  horizonMonths: 'Three years by default.',
  gatedShare: 'None by default, so every earlier result is unchanged; see Volume versus quality.',
  gatedCpl: 'Illustrative: content syndication and lead-generation forms.',
  intentLift: 'Illustrative: most form fillers are not in market (see /model/).',
  selfReportRecall:
    'Calibrated to self-reported attribution crediting brand channels with 30-60% of pipeline (Paddington, 2026).',
};

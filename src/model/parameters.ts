// The model's parameters as plain data (MODEL.md section 9): defaults, ranges, steps, units and
// labels (their sources and how to estimate them are in parameter-notes.ts). The zod schema, the generated controls, the URL encoding and the
// parameter table on the site are all built from this one table.

/** How a value is shown to readers. */
export type ParameterFormat = 'count' | 'months' | 'currency' | 'percent' | 'decimal';

/** Where a parameter sits in the "Your numbers" form and the planner. */
export type ParameterGroup = 'market' | 'prices' | 'memory' | 'funnel' | 'plan';

export const PARAMETER_GROUPS: readonly { id: ParameterGroup; label: string; description: string }[] = [
  {
    id: 'market',
    label: 'Market',
    description: 'Who could buy, how often they buy, and how long they take to decide.',
  },
  { id: 'prices', label: 'Prices', description: 'What an impression and a click cost.' },
  {
    id: 'memory',
    label: 'Memory',
    description:
      'How brand spend puts you in buyers\u2019 minds, how long it stays there, and what it does when they buy.',
  },
  {
    id: 'funnel',
    label: 'Funnel',
    description: 'How clicks become leads, opportunities and wins, and what a win is worth.',
  },
  {
    id: 'plan',
    label: 'Plan',
    description: 'What you spend a month, how you split it, and over how long you judge it.',
  },
];

/** What every parameter carries for the form: its group (how a team estimates it is in parameter-notes.ts). */
interface Documented {
  group: ParameterGroup;
}

export interface NumberParameter extends Partial<Documented> {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  step: number;
  /** Whole numbers only (months of a discrete-time model, counts of buyers). */
  integer: boolean;
  unit: string;
  format: ParameterFormat;
  label: string;
  description: string;
}

export interface ChoiceParameter<T extends string = string> extends Documented {
  kind: 'choice';
  default: T;
  options: readonly T[];
  optionLabels: Readonly<Record<T, string>>;
  unit: '';
  label: string;
  description: string;
}

export const ENTRY_PATTERNS = ['regular', 'random', 'mixed'] as const;
export type EntryPattern = (typeof ENTRY_PATTERNS)[number];

const share = (label: string, defaultValue: number, description: string, step = 0.01): NumberParameter => ({
  kind: 'number',
  default: defaultValue,
  min: 0,
  max: 1,
  step,
  integer: false,
  unit: 'share',
  format: 'percent',
  label,
  description,
});

export const parameters = {
  buyers: {
    kind: 'number',
    group: 'market',
    default: 100_000,
    min: 1_000,
    max: 10_000_000,
    step: 1_000,
    integer: true,
    unit: 'buyers',
    format: 'count',
    label: 'Buyers in the category',
    description: 'Every organisation that could ever buy in this category.',
  },
  cycleMonths: {
    kind: 'number',
    group: 'market',
    default: 60,
    min: 6,
    max: 240,
    step: 1,
    integer: true,
    unit: 'months',
    format: 'months',
    label: 'Purchase cycle',
    description: 'Mean time from one market entry to the next.',
  },
  windowMonths: {
    kind: 'number',
    group: 'market',
    default: 3,
    min: 1,
    max: 12,
    step: 1,
    integer: true,
    unit: 'months',
    format: 'months',
    label: 'Buying window',
    description: 'Months a buyer stays in market before it buys and leaves.',
  },
  entryPattern: {
    kind: 'choice',
    group: 'market',
    default: 'regular',
    options: ENTRY_PATTERNS,
    optionLabels: { regular: 'Regular', random: 'Random', mixed: 'Mixed' },
    unit: '',
    label: 'Entry pattern',
    description:
      'How buyers time their returns to the market: regular, like a renewal date; random, the same chance every month however long a buyer has waited; mixed, random with heavy and light buyers.',
  } satisfies ChoiceParameter<EntryPattern>,
  heterogeneity: {
    kind: 'number',
    group: 'market',
    default: 1,
    min: 0.1,
    max: 50,
    step: 0.1,
    integer: false,
    unit: 'shape k',
    format: 'decimal',
    label: 'How alike buyers are',
    description:
      'Under the mixed pattern, how similar buyers\u2019 buying rates are: small values make a few heavy buyers and many light ones, large values make every buyer alike (the shape of a gamma distribution).',
  },
  memoryHalfLifeMonths: {
    kind: 'number',
    group: 'memory',
    default: 12,
    min: 1,
    max: 60,
    step: 0.5,
    integer: false,
    unit: 'months',
    format: 'months',
    label: 'Memory half-life',
    description: 'Months until half of the buyers who have us in mind have forgotten us.',
  },
  brandCpm: {
    kind: 'number',
    group: 'prices',
    default: 40,
    min: 1,
    max: 500,
    step: 1,
    integer: false,
    unit: '$ per 1,000 impressions',
    format: 'currency',
    label: 'Brand CPM',
    description: 'Price of a thousand brand impressions.',
  },
  encodingPerExposure: {
    kind: 'number',
    group: 'memory',
    default: 0.005,
    min: 0,
    max: 0.2,
    step: 0.001,
    integer: false,
    unit: 'probability',
    format: 'decimal',
    label: 'Encoding per exposure',
    description: 'Chance that one impression puts us in a buyer\u2019s mind.',
  },
  initialSalience: {
    ...share('Starting salience', 0.1, 'Share of buyers who have us in mind at the start.'),
    group: 'memory',
  },
  brandFirstRate: {
    ...share(
      'Brand-first rate',
      0.2,
      'Chance that a buyer who has us in mind comes straight to us when it enters the market.',
    ),
    group: 'memory',
  },
  brandSearchShare: {
    ...share(
      'Paid branded-search share',
      0.5,
      'Share of brand-first buyers who arrive through a paid branded-search click.',
    ),
    group: 'memory',
  },
  brandCpc: {
    kind: 'number',
    group: 'prices',
    default: 2,
    min: 0,
    max: 100,
    step: 0.1,
    integer: false,
    unit: '$ per click',
    format: 'currency',
    label: 'Branded CPC',
    description: 'Price of a click on our own brand name.',
  },
  medianCpc: {
    kind: 'number',
    group: 'prices',
    default: 15,
    min: 0.1,
    max: 1_000,
    step: 0.1,
    integer: false,
    unit: '$ per click',
    format: 'currency',
    label: 'Median CPC',
    description: 'Median clearing price of a category-search click.',
  },
  cpcSpread: {
    kind: 'number',
    group: 'prices',
    default: 0.8,
    min: 0.05,
    max: 3,
    step: 0.05,
    integer: false,
    unit: 'log-sd',
    format: 'decimal',
    label: 'CPC spread',
    description: 'Spread of click prices (standard deviation of their logarithm).',
  },
  clickToLeadCold: {
    ...share(
      'Click to lead, cold',
      0.05,
      'Chance that a click from a buyer who does not know us becomes a lead.',
      0.005,
    ),
    group: 'funnel',
  },
  clickToLeadWarm: {
    ...share('Click to lead, warm', 0.1, 'Chance that a click from a buyer who has us in mind becomes a lead.', 0.005),
    group: 'funnel',
  },
  leadToOppCold: {
    ...share('Lead to opportunity, cold', 0.15, 'Share of cold leads that become sales opportunities.'),
    group: 'funnel',
  },
  leadToOppWarm: {
    ...share('Lead to opportunity, warm', 0.3, 'Share of warm leads that become sales opportunities.'),
    group: 'funnel',
  },
  oppToWinCold: {
    ...share('Win rate, cold', 0.2, 'Share of cold opportunities that close.'),
    group: 'funnel',
  },
  oppToWinWarm: {
    ...share('Win rate, warm', 0.3, 'Share of warm opportunities that close.'),
    group: 'funnel',
  },
  dealSize: {
    kind: 'number',
    group: 'funnel',
    default: 20_000,
    min: 0,
    max: 10_000_000,
    step: 100,
    integer: false,
    unit: '$',
    format: 'currency',
    label: 'Deal size',
    description: 'Revenue from one won deal.',
  },
  salesCostPerLead: {
    kind: 'number',
    group: 'funnel',
    default: 50,
    min: 0,
    max: 10_000,
    step: 1,
    integer: false,
    unit: '$ per lead',
    format: 'currency',
    label: 'Sales cost per lead',
    description: 'Cost of following up one lead.',
  },
  salesCycleMonths: {
    kind: 'number',
    group: 'funnel',
    default: 3,
    min: 0.25,
    max: 36,
    step: 0.25,
    integer: false,
    unit: 'months',
    format: 'months',
    label: 'Sales cycle',
    description: 'Months from opportunity to close, used for sales velocity.',
  },
  monthlyBudget: {
    kind: 'number',
    group: 'plan',
    default: 20_000,
    min: 0,
    max: 100_000_000,
    step: 100,
    integer: false,
    unit: '$ per month',
    format: 'currency',
    label: 'Monthly budget',
    description: 'Total marketing spend per month, brand plus activation.',
  },
  brandShare: {
    ...share('Brand share', 0.4, 'Share of the monthly budget spent on brand; the rest goes to activation.'),
    group: 'plan',
  },
  horizonMonths: {
    kind: 'number',
    group: 'plan',
    default: 36,
    min: 1,
    max: 120,
    step: 1,
    integer: true,
    unit: 'months',
    format: 'months',
    label: 'Horizon',
    description: 'Months simulated.',
  },
  gatedShare: {
    ...share(
      'Gated-content share',
      0,
      'Share of the activation budget spent on gated content (reports and ebooks behind a form).',
    ),
    group: 'plan',
  },
  gatedCpl: {
    kind: 'number',
    group: 'prices',
    default: 40,
    min: 1,
    max: 1_000,
    step: 1,
    integer: false,
    unit: '$ per form fill',
    format: 'currency',
    label: 'Cost per form fill',
    description: 'Price of one form fill bought with gated content.',
  },
  intentLift: {
    kind: 'number',
    group: 'funnel',
    default: 2,
    min: 1,
    max: 20,
    step: 0.5,
    integer: false,
    unit: 'times',
    format: 'decimal',
    label: 'Intent lift of form fillers',
    description: 'How much likelier a buyer in market is than an average buyer to fill in a form.',
  },
  selfReportRecall: {
    ...share(
      'Self-report recall',
      0.6,
      'Chance that a lead who had the brand in mind names a brand channel when asked how it heard of you.',
    ),
    group: 'funnel',
  },
} as const satisfies Record<string, (NumberParameter & Documented) | ChoiceParameter<EntryPattern>>;

export type ParameterKey = keyof typeof parameters;
export type NumberKey = {
  [K in ParameterKey]: (typeof parameters)[K] extends { kind: 'number' } ? K : never;
}[ParameterKey];

export const parameterKeys = Object.keys(parameters) as ParameterKey[];

/** The most schedule segments a scenario keeps; more are reported and dropped. */
export const MAX_SEGMENTS = 24;
/** The last month a schedule segment may name: the largest horizon. */
export const MAX_MONTH = parameters.horizonMonths.max;

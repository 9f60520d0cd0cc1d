// Numbers in "What dashboards miss" that are neither live <Num>s nor cited. Every number in the
// chapter is live or cited ("about 95% in a given quarter", Dawes 2021; "30% to 60%",
// Paddington 2026), so the list is empty; a numeral added later must be registered here.

import type { ProseNumber } from '../prose-scan.ts';

export const entries: ProseNumber[] = [];

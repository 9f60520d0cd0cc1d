// A stand-in for d3-time in the browser bundle (aliased in astro.config.mjs). d3-scale imports
// it for time intervals (days, weeks, months of the calendar), for time and utc scales, which no
// chart on this site uses. Every export is here, each a function of its own, so d3-scale links
// against it; calling one says why it is missing. test/shims.test.ts keeps the names in step
// with the installed package.

function missing(): () => never {
  return () => {
    throw new Error(`d3-time is not bundled; Demand Lab charts count months as numbers, not dates`);
  };
}

export const timeDay = missing();
export const timeDays = missing();
export const timeFriday = missing();
export const timeFridays = missing();
export const timeHour = missing();
export const timeHours = missing();
export const timeInterval = missing();
export const timeMillisecond = missing();
export const timeMilliseconds = missing();
export const timeMinute = missing();
export const timeMinutes = missing();
export const timeMonday = missing();
export const timeMondays = missing();
export const timeMonth = missing();
export const timeMonths = missing();
export const timeSaturday = missing();
export const timeSaturdays = missing();
export const timeSecond = missing();
export const timeSeconds = missing();
export const timeSunday = missing();
export const timeSundays = missing();
export const timeThursday = missing();
export const timeThursdays = missing();
export const timeTickInterval = missing();
export const timeTicks = missing();
export const timeTuesday = missing();
export const timeTuesdays = missing();
export const timeWednesday = missing();
export const timeWednesdays = missing();
export const timeWeek = missing();
export const timeWeeks = missing();
export const timeYear = missing();
export const timeYears = missing();
export const unixDay = missing();
export const unixDays = missing();
export const utcDay = missing();
export const utcDays = missing();
export const utcFriday = missing();
export const utcFridays = missing();
export const utcHour = missing();
export const utcHours = missing();
export const utcMillisecond = missing();
export const utcMilliseconds = missing();
export const utcMinute = missing();
export const utcMinutes = missing();
export const utcMonday = missing();
export const utcMondays = missing();
export const utcMonth = missing();
export const utcMonths = missing();
export const utcSaturday = missing();
export const utcSaturdays = missing();
export const utcSecond = missing();
export const utcSeconds = missing();
export const utcSunday = missing();
export const utcSundays = missing();
export const utcThursday = missing();
export const utcThursdays = missing();
export const utcTickInterval = missing();
export const utcTicks = missing();
export const utcTuesday = missing();
export const utcTuesdays = missing();
export const utcWednesday = missing();
export const utcWednesdays = missing();
export const utcWeek = missing();
export const utcWeeks = missing();
export const utcYear = missing();
export const utcYears = missing();

// The one palette of the site (Okabe & Ito's colour-blind-safe set), by role. Marks carry a
// class per role; the page's CSS colours them for light and dark schemes, and the `color`
// attribute (set from here as each mark is made, frame.ts) is the fallback where no stylesheet
// applies (feed readers, raw SVG).

export const palette = {
  'c-out': '#b9c2cb',
  'c-in': '#d55e00',
  'c-entering': '#d55e00',
  'c-bought': '#009e73',
  'c-brand': '#0072b2',
  'c-activation': '#e69f00',
  'c-ever': '#3b4650',
} as const;

export type Role = keyof typeof palette;

// js-yaml comes with Astro (its file loader parses YAML with it); only `load` is used here.
declare module 'js-yaml' {
  export function load(text: string, options?: { filename?: string }): unknown;
}

// The only script that runs before a figure nears the viewport: it watches the figures and
// loads the island for each as it approaches. A page opened with settings in its address is a
// shared scenario, so then every figure is brought to life at once.

export function boot(): void {
  const figures = Array.from(document.querySelectorAll<HTMLElement>('figure[data-figure]'));
  if (figures.length === 0) return;
  const island = () => import('./figure-island.ts');
  if (location.search.length > 1 || !('IntersectionObserver' in window)) {
    void island().then((m) => m.hydrateAll(figures));
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void island().then((m) => m.hydrate(entry.target as HTMLElement));
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}

// An embedded figure tells the page that frames it how tall it is, so the host can size the
// iframe: `{type: 'demand-lab:height', figure, height}` by postMessage, on load and on every change.

export function reportHeight(): void {
  if (window.parent === window) return;
  const figure = document.querySelector<HTMLElement>('figure[data-figure]')?.dataset['figure'] ?? '';
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'demand-lab:height', figure, height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

// The presenter's pictures: a figure's chart as an SVG file or a 2x PNG, drawn in the page's
// current colours, for a deck.

export function svgText(plot: HTMLElement, root: HTMLElement): string {
  const svg = plot.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const style = getComputedStyle(root);
  svg.setAttribute(
    'style',
    `background:${style.getPropertyValue('--bg')};color:${style.color};font-family:${style.fontFamily}`,
  );
  return new XMLSerializer().serializeToString(svg);
}

export async function pngBlob(plot: HTMLElement, root: HTMLElement, scale = 2): Promise<Blob | null> {
  const svg = plot.querySelector('svg')!;
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(plot, root)], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.fillStyle = getComputedStyle(root).getPropertyValue('--bg') || '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// "Download a synthetic MMM dataset": reads the seed and the noise level from the address, builds
// the dataset in a worker with a progress bar, and offers the CSV and its JSON sidecar. The
// scenario is the reader's numbers from the address, or, where the section says
// `data-dataset-source="page"` (the planner), the scenario the page is editing, asked for at the
// moment the dataset is built (dataset-source.ts).
// Every message is set with textContent; nothing from the address reaches innerHTML.

import { readQuery } from '../state/query.ts';
import { readReader } from '../state/reader.ts';
import {
  DEFAULT_NOISE,
  DEFAULT_SEED,
  MAX_SEED,
  datasetKeys,
  noiseValue,
  readNoise,
  readSeed,
  seedValue,
} from '../state/dataset.ts';
import { pageDatasetSource } from './dataset-source.ts';
import { pageState } from './page-state.ts';
import type { DatasetSource } from './dataset-source.ts';
import type { DatasetMessage, DatasetRequest } from './dataset-worker.ts';

function download(link: HTMLAnchorElement, text: string, type: string, name: string): void {
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.hidden = false;
}

export function wireDataset(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-dataset]')) {
    const form = root.querySelector<HTMLFormElement>('form')!;
    const seedInput = root.querySelector<HTMLInputElement>('[name="seed"]')!;
    const noiseInput = root.querySelector<HTMLSelectElement>('[name="noise"]')!;
    const progress = root.querySelector<HTMLProgressElement>('progress')!;
    const status = root.querySelector<HTMLElement>('[data-dataset-status]')!;
    const csvLink = root.querySelector<HTMLAnchorElement>('[data-dataset-csv]')!;
    const jsonLink = root.querySelector<HTMLAnchorElement>('[data-dataset-json]')!;
    const button = form.querySelector<HTMLButtonElement>('button')!;
    root.querySelector<HTMLElement>('[data-needs-script]')!.hidden = false;
    const noscript = root.querySelector<HTMLElement>('[data-noscript]');
    if (noscript) noscript.hidden = true;
    const fromPage = root.dataset['datasetSource'] === 'page';
    const { seed, problem: seedProblem } = readSeed(location.search);
    const { noise, problem: noiseProblem } = readNoise(location.search);
    seedInput.value = String(seed);
    noiseInput.value = String(noise);
    // On the planner the page reports its own numbers' problems; here only the dataset's keys.
    const reader = fromPage ? [] : readReader(readQuery(location.search).reader).problems;
    const problems = [...reader, ...[seedProblem, noiseProblem].filter((p): p is string => p !== null)];
    if (problems.length) status.textContent = `From the address: ${problems.join('; ')}.`;
    let worker: Worker | null = null;
    // Only the latest request builds (a provider answers asynchronously).
    let latest = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = seedValue(seedInput.value);
      const seedNow = typed ?? DEFAULT_SEED;
      const noiseNow = noiseValue(noiseInput.value) ?? DEFAULT_NOISE;
      const notes: string[] = [];
      if (typed === null) notes.push(`The seed must be a whole number from 1 to ${MAX_SEED}; using ${DEFAULT_SEED}.`);
      seedInput.value = String(seedNow);
      noiseInput.value = String(noiseNow);
      // The seed and the noise level go into the address, so the link reproduces the dataset.
      pageState().setPage(datasetKeys(seedNow, noiseNow));
      worker?.terminate();
      worker = null;
      progress.value = 0;
      progress.hidden = false;
      button.disabled = true;
      csvLink.hidden = true;
      jsonLink.hidden = true;
      status.textContent = [...notes, 'Building the dataset\u2026'].join(' ');
      const source: Promise<DatasetSource | null> = fromPage ? pageDatasetSource() : Promise.resolve(null);
      const request = ++latest;
      void source.then((page) => {
        if (request === latest) build(page, seedNow, noiseNow);
      });
    });
    const build = (page: DatasetSource | null, seedNow: number, noiseNow: number) => {
      worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
      const request: DatasetRequest = {
        scenario: page?.scenario ?? readReader(readQuery(location.search).reader).scenario,
        seed: seedNow,
        noise: noiseNow,
        weeks: 156,
      };
      const of = page ? ` of \u201c${page.name}\u201d` : '';
      worker.onmessage = (message: MessageEvent<DatasetMessage>) => {
        const data = message.data;
        if (data.kind === 'progress') {
          progress.value = data.done;
          return;
        }
        button.disabled = false;
        progress.hidden = true;
        worker?.terminate();
        worker = null;
        if (data.kind === 'error') {
          status.textContent = `The dataset could not be built: ${data.message}`;
          return;
        }
        const name = `demand-lab-mmm-seed-${seedNow}`;
        download(csvLink, data.csv, 'text/csv', `${name}.csv`);
        download(jsonLink, data.json, 'application/json', `${name}.json`);
        root.dataset['csvLength'] = String(data.csv.length);
        status.textContent = `Ready: ${data.rows} weeks${of} with seed ${seedNow} and noise ${noiseNow}. Download the data and its truth below.`;
      };
      worker.postMessage(request);
    };
  }
}

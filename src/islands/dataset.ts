// "Download a synthetic MMM dataset": reads the reader's numbers and the seed from the address,
// builds the dataset in a worker with a progress bar, and offers the CSV and its JSON sidecar.
// Every message is set with textContent; nothing from the address reaches innerHTML.

import { readQuery } from '../state/query.ts';
import { readReader } from '../state/reader.ts';
import type { DatasetMessage, DatasetRequest } from './dataset-worker.ts';

export const DEFAULT_SEED = 1;
const MAX_SEED = 999_999;

/** The seed from the address (`seed=`), or the default with a notice when it is not a whole number in range. */
export function readSeed(search: string): { seed: number; problem: string | null } {
  const raw = readQuery(search).page.find(([key]) => key === 'seed')?.[1];
  if (raw === undefined) return { seed: DEFAULT_SEED, problem: null };
  const value = /^\s*\d{1,6}\s*$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isInteger(value) && value >= 1 && value <= MAX_SEED) return { seed: value, problem: null };
  return { seed: DEFAULT_SEED, problem: `seed: not a whole number from 1 to ${MAX_SEED}; using ${DEFAULT_SEED}` };
}

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
    const { seed, problem } = readSeed(location.search);
    seedInput.value = String(seed);
    const reader = readReader(readQuery(location.search).reader);
    const problems = [...reader.problems, ...(problem ? [problem] : [])];
    if (problems.length) status.textContent = `From the address: ${problems.join('; ')}.`;
    let worker: Worker | null = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const typed = Number(seedInput.value);
      const seedNow = Number.isInteger(typed) && typed >= 1 && typed <= MAX_SEED ? typed : DEFAULT_SEED;
      if (seedNow !== typed)
        status.textContent = `The seed must be a whole number from 1 to ${MAX_SEED}; using ${DEFAULT_SEED}.`;
      seedInput.value = String(seedNow);
      // The seed goes into the address, so the link reproduces the dataset.
      const url = new URL(location.href);
      url.searchParams.set('seed', String(seedNow));
      history.replaceState(history.state, '', url);
      worker?.terminate();
      worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
      progress.value = 0;
      progress.hidden = false;
      button.disabled = true;
      csvLink.hidden = true;
      jsonLink.hidden = true;
      status.textContent = 'Building the dataset\u2026';
      const request: DatasetRequest = {
        scenario: readReader(readQuery(location.search).reader).scenario,
        seed: seedNow,
        noise: Number(noiseInput.value),
        weeks: 156,
      };
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
        status.textContent = `Ready: ${data.rows} weeks with seed ${seedNow}. Download the data and its truth below.`;
      };
      worker.postMessage(request);
    });
  }
}

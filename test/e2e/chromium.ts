// How every test, benchmark and audit starts Debian's chromium: headless, no sandbox (root in CI),
// and none of the background traffic a closed network would refuse. Never a downloaded browser.

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

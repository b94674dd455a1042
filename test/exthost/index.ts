// Mocha entry for the extension-host suites (the standard `run()` that @vscode/test-electron and
// scripts/runExtTests.mjs load as extensionTestsPath = out/exthost/index). Runs every *.test.js next to it.
// VIGIL_TEST_GREP (env) filters tests by name. Prints one `VIGIL_MOCHA_RESULT {...}` line for the runner.
import * as path from 'node:path';
import Mocha from 'mocha';
import { glob } from 'glob';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, ...(process.env.VIGIL_TEST_GREP ? { grep: process.env.VIGIL_TEST_GREP } : {}) });
  const files = (await glob('**/*.test.js', { cwd: __dirname })).sort();
  for (const f of files) mocha.addFile(path.resolve(__dirname, f));
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`VIGIL_MOCHA_RESULT ${JSON.stringify({ passes, failures, pending })}`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}

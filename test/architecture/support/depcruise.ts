import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string; readonly severity: string };
}

export interface CruiseResult {
  readonly summary: { readonly violations: Violation[]; readonly error: number; readonly totalCruised: number };
}

/** Runs dependency-cruiser with JSON output; it exits non-zero when it finds errors, so the exit code is not the verdict. */
export function depcruise(cwd: string, args: readonly string[], command = 'npx'): Promise<CruiseResult> {
  const argv = command === 'npx' ? ['depcruise', ...args, '--output-type', 'json'] : [...args, '--output-type', 'json'];
  return new Promise((resolve, reject) => {
    execFile(command, argv, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as CruiseResult);
      } catch {
        reject(new Error(`depcruise printed no JSON (${error?.message ?? 'exit 0'}):\n${stderr}`));
      }
    });
  });
}

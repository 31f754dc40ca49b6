import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, depcruise } from './support/depcruise';

jest.setTimeout(60_000);

describe('dependency rules (.dependency-cruiser.js)', () => {
  it('finds no violation in apps and libs', async () => {
    const result = await depcruise(ROOT, ['apps', 'libs', '--config', '.dependency-cruiser.js']);
    expect(result.summary.totalCruised).toBeGreaterThan(50);
    expect(result.summary.violations).toEqual([]);
  });

  describe('on a scratch tree shaped like the repository', () => {
    let scratch: string;
    const write = async (path: string, text: string) => {
      await mkdir(dirname(join(scratch, path)), { recursive: true });
      await writeFile(join(scratch, path), text);
    };

    // A copy, not a file in libs/: other engineers run the rules on the shared tree at the same time.
    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), 'repaero-arch-'));
      await copyFile(join(ROOT, '.dependency-cruiser.js'), join(scratch, '.dependency-cruiser.js'));
      await symlink(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
      await write('tsconfig.json', JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@repaero/*': ['libs/*'] } } }));
      await write('libs/platform/index.ts', 'export const platform = 1;\n');
      await write('libs/contexts/stock/domain/part/uses-nest.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
      await write('libs/contexts/stock/domain/part/uses-platform.ts', "import { platform } from '@repaero/platform';\nexport const probe = platform;\n");
      await write('libs/contexts/stock/domain/part/pure.ts', "export const pure = (n: number) => n + 1;\n");
    });

    afterAll(async () => {
      if (scratch) await rm(scratch, { recursive: true, force: true });
    });

    it('reports a domain importing a framework or the platform', async () => {
      const result = await depcruise(scratch, ['libs/contexts/stock/domain', '--config', '.dependency-cruiser.js'], join(ROOT, 'node_modules/.bin/depcruise'));
      const found = result.summary.violations.map((violation) => [violation.from, violation.rule.name]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['libs/contexts/stock/domain/part/uses-nest.ts', 'domain-is-pure'],
          ['libs/contexts/stock/domain/part/uses-platform.ts', 'domain-only-core'],
        ]),
      );
      expect(found.filter(([from]) => from.endsWith('/pure.ts'))).toEqual([]);
    });
  });
});

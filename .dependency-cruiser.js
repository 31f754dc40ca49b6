/** Architecture rules (ARCHITECTURE rule 9, STYLE habit 8), run by `npm test`. */
const FRAMEWORKS = 'node_modules/(@nestjs|typeorm|express|better-sqlite3|pg|oracledb|@kurrent|class-validator|class-transformer|twilio|nodemailer)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Deciders are pure TypeScript: no framework, database or HTTP client in a domain folder.',
      severity: 'error',
      from: { path: '^libs/contexts/[^/]+/domain/' },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'domain-only-core',
      comment: 'A domain folder imports only its own folder and the framework-free core.',
      severity: 'error',
      from: { path: '^libs/contexts/([^/]+)/domain/' },
      to: { path: '^libs/', pathNot: ['^libs/contexts/$1/domain/', '^libs/event-sourcing/'] },
    },
    {
      name: 'core-is-framework-free',
      comment: 'libs/event-sourcing is the framework-free core every adapter and context builds on.',
      severity: 'error',
      from: { path: '^libs/event-sourcing/' },
      to: { path: [FRAMEWORKS, '^libs/(?!event-sourcing/)'] },
    },
    {
      name: 'contexts-talk-through-contracts',
      comment: "A context may read another context's contracts/ only, never its domain, commands or queries.",
      severity: 'error',
      from: { path: '^libs/contexts/([^/]+)/' },
      to: { path: '^libs/contexts/([^/]+)/', pathNot: ['^libs/contexts/$1/', '^libs/contexts/[^/]+/contracts/'] },
    },
    {
      name: 'printing-knows-no-context',
      comment: 'libs/printing draws documents from plain data that the contexts fill; it never imports a context.',
      severity: 'error',
      from: { path: '^libs/printing/' },
      to: { path: '^libs/contexts/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$|\\.int-spec\\.ts$|\\.e2e-spec\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};

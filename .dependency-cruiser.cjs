/** Dependencies run one way: apps → modules → platform. A module reaches another only through its module.ts. */
module.exports = {
  forbidden: [
    {
      name: 'platform-imports-no-module',
      comment: 'platform is the floor: it imports no module and no app',
      severity: 'error',
      from: { path: '^platform/' },
      to: { path: '^(modules|apps)/' },
    },
    {
      name: 'modules-import-no-app',
      severity: 'error',
      from: { path: '^modules/' },
      to: { path: '^apps/' },
    },
    {
      name: 'modules-only-through-public-entry',
      comment: "another module's insides are private: import its module.ts (server) or web/index.tsx (web) only",
      severity: 'error',
      from: { path: '^modules/([^/]+)/' },
      to: {
        path: '^modules/([^/]+)/',
        pathNot: ['^modules/$1/', '^modules/[^/]+/module\\.ts$', '^modules/[^/]+/contract\\.ts$', '^modules/[^/]+/web/index\\.tsx$'],
      },
    },
    {
      name: 'apps-use-public-entries',
      comment: 'the apps mount modules through their registrations, never their insides',
      severity: 'error',
      from: { path: '^apps/' },
      to: {
        path: '^modules/[^/]+/',
        pathNot: ['^modules/[^/]+/module\\.ts$', '^modules/[^/]+/contract\\.ts$', '^modules/[^/]+/web/', '^modules/[^/]+/locales/'],
      },
    },
    {
      name: 'server-never-imports-web',
      severity: 'error',
      from: { path: '^(platform|modules/[^/]+/server|apps/server)/', pathNot: '^platform/web/' },
      to: { path: '(^apps/web/|/web/)' },
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
    exclude: { path: '(node_modules|apps/web/dist|\\.d\\.ts$)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};

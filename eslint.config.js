// Lint: type-checked TypeScript rules everywhere, and the headless-core boundary for src/sim and src/machines.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forbiddenImports = [
  { group: ['phaser', 'phaser/*', 'howler'], message: 'The headless core may not render or play sound.' },
  { group: ['**/game/**', '**/ui/**', '**/audio/**'], message: 'The headless core may not import the view.' },
  { group: ['**/i18n/**'], message: 'Words live in src/i18n: the core returns codes with parameters.' },
];

// The core's public surface: outside src/sim, nothing imports past src/sim/index.ts; the benchmarks have their own entry.
const pastTheSurface = (...allowed) => ({
  group: ['**/sim/**', ...allowed.map((entry) => `!**/sim/${entry}`)],
  message: `Import the core through src/sim/${allowed.join(' or src/sim/')} only.`,
});

const forbiddenCalls = [
  { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Use the sim\'s seeded streams (src/sim/random), never Math.random.' },
  { selector: "Identifier[name='Date']", message: 'Sim time is timeS; the wall clock belongs to the view.' },
  { selector: "MemberExpression[object.name='performance']", message: 'No wall clock in the core.' },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval|setImmediate|requestAnimationFrame)$/]", message: 'No timers in the core: time arrives through advance().' },
  // Engines round Math's transcendentals differently in the last bit, which moves drills: the core uses its own.
  { selector: "MemberExpression[object.name='Math'][property.name=/^(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|asinh|acosh|atanh|cbrt|hypot)$/]", message: 'Engines differ in the last bit: use detMath (src/sim/math/detMath.ts), the same bits everywhere.' },
  { selector: "MemberExpression[object.name='Math'][computed=true], VariableDeclarator[init.name='Math']", message: 'Name Math\'s functions directly, so lint can tell the exact ones from the engine-dependent ones.' },
  { selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']", message: 'Engines differ on `**`: use detMath.pow(a, b), or x * x for a square.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', '*-results/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.model-check/**', '.scratch/**', '.bench-ab/**', '.perf-ref/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/game/**', 'src/ui/**', 'src/audio/**', 'src/main.ts', 'src/i18n/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/sim/**', 'src/machines/**', 'src/cli/bench.ts', 'src/cli/bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pastTheSurface('index.ts')] }] },
  },
  {
    files: ['src/cli/bench.ts', 'src/cli/bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [pastTheSurface('index.ts', 'bench.ts')] }] },
  },
  {
    files: ['src/sim/**/*.ts', 'src/machines/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenImports }],
      'no-restricted-syntax': ['error', ...forbiddenCalls],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch', 'performance'],
    },
  },
  {
    files: ['src/machines/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [...forbiddenImports, { group: ['**/sim/**', '../sim', '../sim/*'], allowTypeImports: true, message: 'Machines import only types from the sim.' }],
      }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

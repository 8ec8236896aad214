import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers, lowest first: util → rules → engine, text → render → the modes
// (interview, batch) → cli. A file may import its own layer and those below it,
// never above; the engine also does no I/O; nothing anywhere touches the network.
const LAYERS = {
  util: [],
  rules: ['util'],
  engine: ['rules', 'util'],
  text: ['engine', 'rules', 'util'],
  render: ['text', 'engine', 'rules', 'util'],
  interview: ['render', 'text', 'engine', 'rules', 'util'],
  batch: ['render', 'text', 'engine', 'rules', 'util'],
  cli: ['interview', 'batch', 'render', 'text', 'engine', 'rules', 'util'],
};
const NETWORK = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises'].flatMap((m) => [m, `node:${m}`]);
const IO = ['fs', 'fs/promises', 'child_process', 'worker_threads', 'readline', 'os', 'tty'].flatMap((m) => [m, `node:${m}`]);
const layerRules = Object.entries(LAYERS).map(([layer, below]) => {
  const above = Object.keys(LAYERS).filter((l) => l !== layer && !below.includes(l));
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...NETWORK, ...(layer === 'engine' ? IO : [])].map((name) => ({
            name,
            message: NETWORK.includes(name) ? 'scamcheck never uses the network.' : 'The engine is pure: no I/O (pass data in instead).',
          })),
          patterns: above.length === 0 ? [] : [{ regex: `^(\\.\\./)+(${above.join('|')})/`, message: `src/${layer} sits below ${above.join(', ')}: it may import only ${below.length ? below.join(', ') : 'util'} (see the layers in eslint.config.js).` }],
        },
      ],
      ...(layer === 'engine' ? { 'no-restricted-globals': ['error', { name: 'process', message: 'The engine is pure: take what it needs as arguments.' }] } : {}),
    },
  };
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/.data/**', 'examples/**/node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware rules for the shipped code (floating promises, unsafe any, needless assertions…).
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['src/**/*.ts'] })),
  { files: ['src/**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    // CommonJS files (the bin, and .cjs helpers): require is how they load things.
    files: ['**/*.cjs', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests look for terminal escape codes on purpose.
    files: ['test/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', TextDecoder: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'log'] }],
    },
  },
  ...layerRules,
);

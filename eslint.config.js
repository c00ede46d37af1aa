// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');

/** Packages that only one folder may import: the layering, made mechanical. */
const confined = [
  { name: 'better-sqlite3', folder: 'src/store/sqlite' },
  { name: 'neo4j-driver', folder: 'src/store/neo4j' },
  { name: 'type-graphql', folder: 'src/graphql' },
];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'The domain depends on nothing.',
            },
            {
              target: './src/ingest',
              from: ['./src/store', './src/graphql', './src/server', './src/cli'],
            },
            {
              target: './src/store',
              from: ['./src/graphql', './src/server', './src/cli', './src/ingest'],
            },
            {
              target: './src/graphql',
              from: ['./src/server', './src/cli', './src/store/sqlite', './src/store/neo4j'],
            },
            {
              target: './src/server',
              from: ['./src/cli', './src/store/sqlite', './src/store/neo4j'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./|node:)',
              message: 'The domain imports only itself and Node built-ins.',
            },
          ],
        },
      ],
    },
  },
  ...confined.map(({ name, folder }) => ({
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    // The bench, like the tests, may reach a database directly to reset it between rounds.
    ignores: [`${folder}/**`, 'src/domain/**', ...(name === 'neo4j-driver' ? ['bench/**'] : [])],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name, message: `Only ${folder}/ may import ${name}.` }] },
      ],
    },
  })),
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Tests read GraphQL answers as the JSON they are.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

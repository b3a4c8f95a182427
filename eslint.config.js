import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'

export default [
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**', 'public/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/essential'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'vue/multi-word-component-names': 'off',
      'no-restricted-imports': 'off',
    },
  },
  {
    // Pure algorithm and data code runs in workers, Node tests and the CLI: no Vue, Pinia or DOM app code.
    files: ['src/ml/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vue', 'pinia', '@/stores/*', '@/services/*', '@/components/*', '@/pages/*', '*/workers/*'] }],
    },
  },
  {
    // Workers run the engines; they never reach back into the page's services, stores or components.
    files: ['workers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vue', 'pinia', '@/services/*', '**/src/services/*', '@/stores/*', '**/src/stores/*', '@/components/*', '@/pages/*'] }],
    },
  },
  {
    // Services are the page's clients of the workers; stores call them, never the other way round
    // (the job panel and the backend badge are plugged in at start-up, see src/main.ts).
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/stores/*', '../stores/*', '**/stores/*', 'pinia', '@/components/*', '@/pages/*'] }],
    },
  },
  {
    // Area engines are pure: they run in workers, Node tests and the CLI alike.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['vue', 'pinia', '@/stores/*', '@/services/*', '@/components/*', '@/pages/*', '*/workers/*', '**/workers/*'] }],
    },
  },
]

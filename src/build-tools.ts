// What scripts/build.mjs needs from the source, as one bundle of its own.
export { compileBuiltin, COMPILED_RULES_FILE } from './rules/load.js';
export { formatProblem } from './util/errors.js';
export { savePhrases, SAVED_PHRASES_FILE } from './text/saved-phrases.js';
export { schemaFiles } from './rules/file-format/index.js';

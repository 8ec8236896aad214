// Word-wrapping lives with the renderers (src/render/wrap.ts): one implementation
// for the verdict screen, the arrow-key screens and flag-mode output.
export { splitScreens, wrapLine, wrapText } from '../render/wrap.js';

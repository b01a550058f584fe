// Lets TypeScript resolve `import "…/styles.css"` (a side-effect import; the bundler handles the CSS).
export {};

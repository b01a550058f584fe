// Types `context.msw` (the MSW worker of msw-storybook-addon) in stories' `beforeEach`.
/// <reference types="msw-storybook-addon/types" />

// Stylesheets imported for their side effect by the preview, the stories and the demo.
declare module '*.css';

// Vite's `?raw` imports: the file's text (the Design page reads the stylesheet's token uses).
declare module '*?raw' {
  const text: string;
  export default text;
}

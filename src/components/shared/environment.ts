/** Whether this is a development build (bundlers replace `process.env.NODE_ENV`). */
export function isDevelopment(): boolean {
  return typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';
}

// The contexts live in src/presentation, below the components that read them. This module only
// keeps `./context` resolving for AutoHost, which is being changed separately; once it imports
// from '../presentation/context', delete this file.
export { usePaymentRequiredClient } from '../presentation/context';

// What only runs once a 402 has been parsed, gathered into one module so that it is one lazy chunk
// with the parser: the page loads it after mount (see `loadOnDemand`), never up front. The
// per-request payment readers are one more chunk, loaded only for a response that needs them.
export { importProtocolReaders, parseLoaded, parseOnDemand } from './parseWithReaders';
export { redactIncidentEvent } from '../core/redact';
export { mutationReplayKey } from './replayKey';
export { refetchQuery, replayMutation } from './replay';
export { primeParser } from './primeParser';

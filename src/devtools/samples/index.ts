/**
 * The sample data of an imaginary SaaS, in one place: 402 responses as servers send them, the
 * incidents the parser makes of such responses, the cards on file and the plans on offer. The
 * devtools simulate with the responses; the stories show, and the tests assert on, the same data.
 * Nothing here is exported by a package entry (the devtools re-export their canned responses).
 */
export * from './cards';
export * from './incidents';
export * from './plans';
export * from './responses';

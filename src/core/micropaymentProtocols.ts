/**
 * The per-request payment protocols an incident can name (`MicropaymentProtocol`), for the parts
 * that check one at run time: the incident schema and the parser's last pass. A module of its own,
 * imported only by the parser's chunk, so the list never rides in what a page loads up front.
 */
export const MICROPAYMENT_PROTOCOLS = ['x402', 'l402', 'payment-auth', 'pay-per-crawl', 'cashu', 'other'] as const;

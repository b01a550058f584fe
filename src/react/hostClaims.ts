import { Subscribable } from '../core/subscribable';
import type { PaymentRequiredClient } from '../query/paymentRequiredClient';

/**
 * Which mounted provider shows the automatic UI of a client. Two providers on one client share
 * their incidents; if both rendered the prebuilt UI the user would see two dialogs for one 402
 * (two focus traps, two "Pay" buttons). So the UI belongs to one claimant at a time: the first
 * to claim, and the next in line when it lets go.
 */
export class HostClaims extends Subscribable {
  #claimants: object[] = [];

  /** Queues `claimant` for the UI; returns the function that withdraws it (safe to call twice). */
  claim(claimant: object): () => void {
    if (!this.#claimants.includes(claimant)) {
      this.#claimants = [...this.#claimants, claimant];
      this.#notify();
    }
    return () => {
      if (!this.#claimants.includes(claimant)) return;
      this.#claimants = this.#claimants.filter((other) => other !== claimant);
      this.#notify();
    };
  }

  /** Whether `claimant` is the one that shows the UI now. */
  owns(claimant: object): boolean {
    return this.#claimants[0] === claimant;
  }

  #notify(): void {
    for (const listener of this.listeners) listener();
  }
}

const claimsByClient = new WeakMap<PaymentRequiredClient, HostClaims>();

/** The claims on the automatic UI of one client, shared by every provider on it; created on first use. */
export function hostClaimsOf(client: PaymentRequiredClient): HostClaims {
  let claims = claimsByClient.get(client);
  if (!claims) {
    claims = new HostClaims();
    claimsByClient.set(client, claims);
  }
  return claims;
}

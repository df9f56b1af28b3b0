// The who's-who: every actor, by name, with the latest claims they made.
import type { LedgerClaim } from './claim-ledger.ts';
import { byName } from './sort-orders.ts';
import type { ActorEntry } from './types.ts';

export { byName };

export interface WhoIsWhoEntry<A extends ActorEntry> {
  actor: A;
  /** Their most recently reported claims, newest first. */
  claims: LedgerClaim[];
  /** How many claims they made in all. */
  claimCount: number;
}

export function claimsBy(ledger: readonly LedgerClaim[], actorId: string): LedgerClaim[] {
  return ledger.filter((claim) => claim.by === actorId);
}

/** `ledger` is expected newest first, as claimLedger returns it. */
export function whoIsWho<A extends ActorEntry>(actors: readonly A[], ledger: readonly LedgerClaim[], language: string, claimsPerActor = 2): WhoIsWhoEntry<A>[] {
  return byName(actors, language).map((actor) => {
    const claims = claimsBy(ledger, actor.id);
    return { actor, claims: claims.slice(0, claimsPerActor), claimCount: claims.length };
  });
}

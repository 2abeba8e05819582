package io.newspulse.dedup;

import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.index.IndexEntry;

/**
 * Decides whether a candidate article duplicates an indexed one, using only the compact signatures
 * (see {@link VerificationPolicy} for the rule). Thread-safe.
 */
public final class Verifier {
    private final VerificationPolicy policy;

    /** A verifier with the default policy. */
    public Verifier() {
        this(VerificationPolicy.defaults());
    }

    /** A verifier with the given policy. */
    public Verifier(VerificationPolicy policy) {
        this.policy = policy;
    }

    /** Compares the candidate with an indexed article. */
    public Verdict verify(Fingerprint candidate, IndexEntry existing) {
        return verify(candidate, Fingerprint.fromSignature(existing.signature()), existing);
    }

    /** Compares the candidate with an indexed article whose signature is already decoded. */
    public Verdict verify(Fingerprint candidate, Fingerprint existingFp, IndexEntry existing) {
        return verify(candidate, existingFp, existing.articleId(), existing.clusterId(), existing.eventTimeMs());
    }

    /** Compares the candidate with a decoded indexed article given by its id, cluster id and event time. */
    public Verdict verify(Fingerprint candidate, Fingerprint existingFp, String existingId, String existingClusterId,
                          long existingEventTimeMs) {
        if (candidate.sameText(existingFp)) {
            return new Verdict(MatchKind.EXACT, existingId, existingClusterId, existingEventTimeMs, 1.0);
        }
        double jaccard = candidate.jaccard(existingFp);
        if (!candidate.nearComparable() || !existingFp.nearComparable()
                || candidate.charShingles() != existingFp.charShingles()) {
            return new Verdict(MatchKind.DIFFERENT, existingId, existingClusterId, existingEventTimeMs, jaccard);
        }
        double similarity = nearSimilarity(candidate, existingFp, jaccard);
        if (similarity <= 0) {
            return new Verdict(MatchKind.DIFFERENT, existingId, existingClusterId, existingEventTimeMs, jaccard);
        }
        if (Math.min(candidate.numberCount(), existingFp.numberCount()) >= policy.minNumbersForVeto()
                && candidate.numberOverlap(existingFp) < policy.minNumberOverlap()) {
            return new Verdict(MatchKind.DIFFERENT, existingId, existingClusterId, existingEventTimeMs, jaccard);
        }
        if (Math.min(candidate.sentenceCount(), existingFp.sentenceCount()) >= policy.minSentencesForVeto()
                && candidate.sentenceOverlap(existingFp) < policy.minSentenceOverlap()) {
            return new Verdict(MatchKind.DIFFERENT, existingId, existingClusterId, existingEventTimeMs, jaccard);
        }
        return new Verdict(MatchKind.NEAR, existingId, existingClusterId, existingEventTimeMs, similarity);
    }

    /** Similarity reported for a near duplicate, or 0 when the texts are not similar enough. */
    private double nearSimilarity(Fingerprint a, Fingerprint b, double jaccard) {
        if (jaccard >= policy.minJaccard()) {
            return jaccard;
        }
        if (jaccard < policy.minJaccardForContainment()) {
            return 0;
        }
        double containment = containment(a.shingleCount(), b.shingleCount(), jaccard);
        return containment >= policy.minContainment() ? containment : 0;
    }

    /** Share of the smaller set inside the larger, from set sizes and Jaccard: |A∩B| = J(|A|+|B|)/(1+J). */
    static double containment(int sizeA, int sizeB, double jaccard) {
        double intersection = jaccard * (sizeA + sizeB) / (1.0 + jaccard);
        return Math.min(1.0, intersection / Math.max(1, Math.min(sizeA, sizeB)));
    }
}

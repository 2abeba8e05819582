package io.newspulse.dedup.index;

import io.newspulse.dedup.Verifier;
import io.newspulse.dedup.fingerprint.Fingerprint;
import io.newspulse.dedup.fingerprint.Fingerprinter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DedupIndexTest {
    private static final long HOUR = 3_600_000L;
    private static final String[] SENTENCES = {
            "Sony Group said on Tuesday it would invest 420 billion yen in a new image sensor plant in Kumamoto.",
            "The factory is expected to start operations in 2028 and employ about 1,700 people at full capacity.",
            "Local officials offered tax incentives worth 35 billion yen over 15 years to win the project.",
            "Sony said it would source components from 80 local suppliers and train workers at a nearby college.",
            "Analysts said the plant would help the company defend market share against Korean rivals.",
            "The announcement comes as chipmakers rethink supply chains in response to geopolitical tensions.",
    };
    private final Fingerprinter fingerprinter = new Fingerprinter();

    private Fingerprint story(String... extra) {
        return fingerprinter.fingerprint("Sony to build sensor plant", String.join("\n", SENTENCES) + "\n"
                + String.join("\n", extra), "en");
    }

    private Fingerprint other(int i) {
        return fingerprinter.fingerprint("Unrelated " + i, "Article number " + i + " talks about weather in city "
                + i + " with rain expected for " + (i * 7 + 3) + " hours and winds of " + (i * 3 + 11) + " km/h today.", "en");
    }

    @Test
    void shouldCallTheFirstArticleOriginalAndPointCopiesToIt() {
        DedupIndex index = new DedupIndex();
        assertThat(index.offer("a1", 0, story())).isEqualTo(DedupResult.original("a1"));
        DedupResult exact = index.offer("a2", HOUR, story());
        assertThat(exact.kind()).isEqualTo(DedupResult.Kind.EXACT);
        assertThat(exact.clusterId()).isEqualTo("a1");
    }

    @Test
    void shouldPointADuplicateOfADuplicateToTheClusterOriginal() {
        DedupIndex index = new DedupIndex();
        index.offer("orig", 0, story());
        DedupResult first = index.offer("edit1", HOUR, story("Shares of Sony rose 2.5% in Tokyo after the announcement."));
        assertThat(first.kind()).isEqualTo(DedupResult.Kind.NEAR);
        assertThat(first.clusterId()).isEqualTo("orig");
        DedupResult second = index.offer("edit2", 2 * HOUR,
                story("Shares of Sony rose 2.5% in Tokyo after the announcement.", "The company gave no further details."));
        assertThat(second.isDuplicate()).isTrue();
        assertThat(second.clusterId()).isEqualTo("orig");
        DedupResult exactOfEdit = index.offer("edit1-copy", 3 * HOUR,
                story("Shares of Sony rose 2.5% in Tokyo after the announcement."));
        assertThat(exactOfEdit.kind()).isEqualTo(DedupResult.Kind.EXACT);
        assertThat(exactOfEdit.matchedId()).isEqualTo("edit1");
        assertThat(exactOfEdit.clusterId()).isEqualTo("orig");
    }

    @Test
    void shouldNotMatchAnArticleWithACopyThatComesAfterItInEventTime() {
        DedupIndex index = new DedupIndex();
        index.offer("copy", 2 * HOUR, story());
        assertThat(index.offer("wire", HOUR, story())).as("arrived late, but first in event time").isEqualTo(DedupResult.original("wire"));
        assertThat(index.offer("later", 3 * HOUR, story()).clusterId()).as("the earliest exact match ranks first").isEqualTo("wire");

        DedupIndex sameTime = new DedupIndex();
        sameTime.offer("m", 0, story());
        assertThat(sameTime.offer("a", 0, story())).as("same event time: the smaller id comes first").isEqualTo(DedupResult.original("a"));
        assertThat(sameTime.offer("z", 0, story()).clusterId()).isEqualTo("a");
    }

    @Test
    void shouldForgetArticlesOutsideTheEventTimeHorizon() {
        DedupIndex index = new DedupIndex(Duration.ofHours(24), 8, new Verifier());
        index.offer("old", 0, story());
        assertThat(index.offer("later", 25 * HOUR, story()).kind()).isEqualTo(DedupResult.Kind.ORIGINAL);
        index.sweep();
        assertThat(index.entryCount()).isEqualTo(index.keyCount()).isEqualTo(story().candidateKeys().size());
    }

    @Test
    void shouldKeepAtMostTheConfiguredEntriesPerKey() {
        DedupIndex index = new DedupIndex(Duration.ofDays(7), 2, new Verifier());
        Fingerprint fp = story();
        index.offer("a", 0, fp);
        index.offer("b", 1, story("An extra sentence makes this a near duplicate of the first one, nothing more."));
        index.offer("c", 2, story("Another extra sentence makes this one a near duplicate of the first one too."));
        for (int i = 0; i < 5; i++) {
            index.offer("o" + i, 3 + i, other(i));
        }
        assertThat(index.entryCount()).isLessThanOrEqualTo(2L * index.keyCount());
    }

    @Test
    void shouldNotIndexAnExactCopy() {
        DedupIndex index = new DedupIndex();
        index.offer("a", 0, story());
        long entries = index.entryCount();
        assertThat(index.offer("a-copy", HOUR, story()).kind()).isEqualTo(DedupResult.Kind.EXACT);
        assertThat(index.entryCount()).isEqualTo(entries);
    }

    @Test
    void shouldKeepTheFirstArticlesOfAFullKeyFindable() {
        DedupIndex index = new DedupIndex(Duration.ofDays(7), 1, new Verifier());
        index.offer("first", 0, story());
        Fingerprint edit = story("An extra sentence makes this a near duplicate of the first one, nothing more.");
        assertThat(index.offer("edit", HOUR, edit).clusterId()).isEqualTo("first");
        // The keys the edit shares with the original already hold one comparable entry: only its own keys took it.
        long ownKeys = edit.candidateKeys().stream().filter(k -> !story().candidateKeys().contains(k)).count();
        assertThat(ownKeys).isPositive().isLessThan(edit.candidateKeys().size());
        assertThat(index.entryCount()).isEqualTo(story().candidateKeys().size() + ownKeys);
        assertThat(index.offer("copy", 2 * HOUR, story()).matchedId()).isEqualTo("first");
    }

    @Test
    void shouldKeepUnrelatedArticlesApart() {
        DedupIndex index = new DedupIndex();
        for (int i = 0; i < 50; i++) {
            assertThat(index.offer("o" + i, i, other(i)).kind()).isEqualTo(DedupResult.Kind.ORIGINAL);
        }
    }

    @Test
    void shouldRejectNonsenseConfiguration() {
        assertThatThrownBy(() -> new DedupIndex(Duration.ZERO, 4, new Verifier()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupIndex(Duration.ofDays(1), 0, new Verifier()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

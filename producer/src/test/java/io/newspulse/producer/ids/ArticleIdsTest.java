package io.newspulse.producer.ids;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.producer.ArticleDraft;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    private static ArticleDraft text(String source, String title, String body) {
        return new ArticleDraft(source, null, null, null, title, body, null, null, Map.of());
    }

    @Test
    void shouldGiveTheSameTextTheSameIdDespiteWidthCaseAndSpacing() {
        String a = ArticleIds.of(text("seeds", "Ｍｉｃｒｏｓｏｆｔ 発表", "本文  です\n続き"));
        String b = ArticleIds.of(text("seeds", "microsoft 発表", "本文 です 続き"));
        assertThat(a).isEqualTo(b).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void shouldSeparateSourcesTitlesAndBodies() {
        String base = ArticleIds.of(text("s", "t", "b"));
        assertThat(ArticleIds.of(text("s2", "t", "b"))).isNotEqualTo(base);
        assertThat(ArticleIds.of(text("s", "t2", "b"))).isNotEqualTo(base);
        assertThat(ArticleIds.of(text("s", "t", "b2"))).isNotEqualTo(base);
    }

    @Test
    void shouldKeepGivenIdAndUseGuidPlusTitleForFeeds() {
        assertThat(ArticleIds.of(new ArticleDraft("s", "given-1", null, null, "t", "b", null, null, Map.of()))).isEqualTo("given-1");
        String feedA = ArticleIds.of(new ArticleDraft("feed", null, "guid-1", null, "Title A", "body 1", null, null, Map.of()));
        String feedAEdited = ArticleIds.of(new ArticleDraft("feed", null, "guid-1", null, "Title A", "body changed", null, null, Map.of()));
        String feedB = ArticleIds.of(new ArticleDraft("feed", null, "guid-1", null, "Title B", "body 1", null, null, Map.of()));
        assertThat(feedA).isEqualTo(feedAEdited).isNotEqualTo(feedB);
    }

    @Test
    void shouldHashNormalisedContent() {
        assertThat(ContentHash.of("A  Title", "Ｂｏｄｙ")).isEqualTo(ContentHash.of("a title", "body")).hasSize(64);
        assertThat(ContentHash.of("a", "b")).isNotEqualTo(ContentHash.of("a", "c"));
    }
}

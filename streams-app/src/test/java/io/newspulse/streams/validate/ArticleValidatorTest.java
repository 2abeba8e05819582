package io.newspulse.streams.validate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;

import io.newspulse.avro.ArticleEvent;
import io.newspulse.streams.errors.InvalidArticleException;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {
    private final ArticleValidator validator = new ArticleValidator(1024);

    private static ArticleEvent article(String title, String body) {
        return ArticleEvent.newBuilder().setId("a1").setSource("s").setUrl(null).setTitle(title).setBody(body).setLanguage("en")
                .setPublishedAt(Instant.EPOCH).setIngestedAt(Instant.EPOCH).setContentHash("h").setAttributes(new HashMap<>()).build();
    }

    @Test
    void shouldRejectBodyDecodedFromInvalidUtf8() {
        assertThatThrownBy(() -> validator.validate("a1", article("Title", "Toyota \uFFFD( rose")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("invalid UTF-8");
    }

    @Test
    void shouldRejectTitleDecodedFromInvalidUtf8() {
        assertThatThrownBy(() -> validator.validate("a1", article("\uFFFD", "Toyota rose")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("invalid UTF-8");
    }

    @Test
    void shouldRejectNegativeEventTime() {
        ArticleEvent negative = article("Title", "Toyota rose");
        negative.setPublishedAt(Instant.ofEpochMilli(-5));
        assertThatThrownBy(() -> validator.validate("a1", negative))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("negative");
    }

    @Test
    void shouldGiveNegativeEventTimesTheRecordTimestampSoTheyReachValidation() {
        ArticleEvent negative = article("Title", "Toyota rose");
        negative.setPublishedAt(Instant.ofEpochMilli(-5));
        var record = new org.apache.kafka.clients.consumer.ConsumerRecord<Object, Object>("news.articles", 0, 0, 1234L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, 0, "a1", negative,
                new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty());
        assertThat(new ArticleTimestampExtractor().extract(record, 0)).isEqualTo(1234L);
    }

    @Test
    void shouldAcceptOrdinaryMultilingualText() {
        ArticleEvent ok = article("トヨタ", "トヨタ自動車は発表した。辉瑞与雅保宣布合作。");
        assertThat(validator.validate("a1", ok)).isSameAs(ok);
    }

    @Test
    void shouldFallBackToIngestTimeForAPublicationDateFarInTheFuture() {
        ArticleEvent skewed = article("Title", "Toyota rose");
        skewed.setIngestedAt(Instant.parse("2026-11-25T10:00:00Z"));
        skewed.setPublishedAt(Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(ArticleValidator.eventTime(skewed)).isEqualTo(Instant.parse("2026-11-25T10:00:00Z").toEpochMilli());
        skewed.setPublishedAt(Instant.parse("2026-11-25T10:10:00Z"));
        assertThat(ArticleValidator.eventTime(skewed)).isEqualTo(Instant.parse("2026-11-25T10:10:00Z").toEpochMilli());
        skewed.setPublishedAt(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(ArticleValidator.eventTime(skewed)).isEqualTo(Instant.parse("2026-11-20T10:00:00Z").toEpochMilli());
    }
}

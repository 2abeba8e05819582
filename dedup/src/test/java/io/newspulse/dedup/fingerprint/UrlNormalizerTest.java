package io.newspulse.dedup.fingerprint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlNormalizerTest {

    @Test
    void shouldDropTrackingParametersSchemeWwwAndFragment() {
        assertThat(UrlNormalizer.canonical(
                "https://www.example.com/news/1?utm_source=twitter&id=7&fbclid=IwAR1&gclid=x#top"))
                .isEqualTo("example.com/news/1?id=7");
    }

    @Test
    void shouldMakeTrackedAndCleanLinksEqualInsideText() {
        String tracked = UrlNormalizer.normalizeAll("source: https://news.example.jp/a/1?utm_campaign=feed&utm_medium=x");
        String clean = UrlNormalizer.normalizeAll("source: http://news.example.jp/a/1/");
        assertThat(tracked).isEqualTo(clean).isEqualTo("source: news.example.jp/a/1");
    }

    @Test
    void shouldLeaveTextWithoutUrlsAlone() {
        assertThat(UrlNormalizer.normalizeAll("no links here?utm_source=x")).isEqualTo("no links here?utm_source=x");
    }
}

package io.newspulse.producer.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newspulse.producer.CollectingSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedSourceTest {
    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
            <item><title>First</title><guid>g1</guid><link>/a/1</link><description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</description>
            <pubDate>Mon, 04 Jul 2022 07:47:26 GMT</pubDate></item>
            <item><title>Second</title><guid>g2</guid><description>Plain text.</description></item>
            </channel></rss>
            """;

    @Test
    void shouldNotRepublishItemsSeenByAnEarlierPoll(@TempDir Path dir) throws IOException {
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, FEED);
        Path data = dir.resolve("data");
        CollectingSink first = new CollectingSink();
        new FeedSource(feed.toString(), data, null).readInto(first);
        assertThat(first.articles).hasSize(2);
        assertThat(first.articles.get(0).body()).isEqualTo("Hello world");
        assertThat(first.articles.get(0).url()).isEqualTo("https://wire.example/a/1");
        assertThat(first.articles.get(0).source()).isEqualTo("Wire");
        try (var files = Files.list(data.resolve("producer/feed-seen"))) {
            assertThat(files.toList()).singleElement().satisfies(f -> assertThat(Files.readAllLines(f)).hasSize(2));
        }

        Files.writeString(feed, FEED.replace("</channel>", "<item><title>Third</title><guid>g3</guid><description>New.</description></item></channel>"));
        CollectingSink second = new CollectingSink();
        FeedSource again = new FeedSource(feed.toString(), data, null);
        again.readInto(second);
        assertThat(second.articles).extracting(a -> a.title()).containsExactly("Third");
        assertThat(again.skippedAsSeen()).isEqualTo(2);
    }

    @Test
    void shouldRejectBrokenFeedWithFileNameAndCauseAndGoOnWithOthers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a_broken.xml"), "<rss><channel><item><title>x</title>");
        Files.writeString(dir.resolve("b_ok.xml"), FEED);
        CollectingSink sink = new CollectingSink();
        new FeedSource(dir.toString(), null, null).readInto(sink);
        assertThat(sink.articles).hasSize(2);
        assertThat(sink.rejects).singleElement().satisfies(r -> assertThat(r.reason()).startsWith("a_broken.xml: not well-formed XML"));
    }
}

package io.newspulse.bench.jmh;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' input: 64 articles of about 2 KB, alternating English and Japanese, each body cycled from the given
 * sentences (starting one sentence further for each article), with its UTF-8 size.
 */
final class BusinessArticles {
    /** {title, body, language}, and the UTF-8 bytes of title + body. */
    record Article(String title, String body, String language, long bytes) {
    }

    private BusinessArticles() {
    }

    static List<Article> of(String[] en, String enTitle, String[] ja, String jaTitle) {
        List<Article> out = new ArrayList<>(64);
        for (int a = 0; a < 64; a++) {
            boolean english = a % 2 == 0;
            String[] source = english ? en : ja;
            StringBuilder body = new StringBuilder();
            int i = a;
            while (body.toString().getBytes(StandardCharsets.UTF_8).length < 2000) {
                body.append(source[i++ % source.length]);
            }
            String title = english ? enTitle : jaTitle;
            out.add(new Article(title, body.toString(), english ? "en" : "ja",
                    (title + body).getBytes(StandardCharsets.UTF_8).length));
        }
        return out;
    }
}

package io.newspulse.producer;

import java.util.ArrayList;
import java.util.List;

/** Test sink that keeps what a source produced. */
public final class CollectingSink implements ArticleSink {
    public final List<ArticleDraft> articles = new ArrayList<>();
    public final List<Reject> rejects = new ArrayList<>();

    @Override
    public void article(ArticleDraft draft) {
        articles.add(draft);
    }

    @Override
    public void reject(Reject reject) {
        rejects.add(reject);
    }
}

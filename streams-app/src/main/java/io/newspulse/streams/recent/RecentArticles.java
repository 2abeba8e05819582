package io.newspulse.streams.recent;

import java.util.ArrayList;
import java.util.List;

import io.newspulse.avro.Mention;
import io.newspulse.avro.SurfaceForm;

/**
 * A company's latest mentions as the API lists them ("latest articles"): {@link #view} is the one rule that turns a
 * mention into its entry; the signals task keeps the list in each company's live value
 * ({@code io.newspulse.streams.signals.CompanyLive}).
 */
public final class RecentArticles {
    private RecentArticles() {
    }

    /** A mention as the recent list shows it. */
    public static RecentMention view(Mention m) {
        List<String> forms = new ArrayList<>();
        List<int[]> titleSpans = new ArrayList<>();
        for (SurfaceForm f : m.getSurfaceForms()) {
            if (!forms.contains(f.getText())) {
                forms.add(f.getText());
            }
            if (f.getInTitle()) {
                titleSpans.add(new int[] {f.getStart(), f.getEnd()});
            }
        }
        return new RecentMention(m.getArticleId(), m.getArticleTitle(), m.getSource(), m.getLanguage(),
                m.getPublishedAt().toEpochMilli(), m.getRelevance(), m.getNovel(), m.getDuplicateOf(), forms, titleSpans, m.getSnippets(),
                m.getSentiment(), m.getEvents().stream().map(Enum::name).distinct().toList(), m.getArticleTone());
    }
}

package io.newspulse.producer.generate;

import java.time.Instant;
import java.util.List;

/**
 * Ground truth of one generated article, written as a JSON line to {@code --truth FILE}:
 * {@code {"id","companies":[ids],"duplicate_of":id|null,"kind":"original|exact|near","variant","published_at"}}.
 *
 * @param variant finer kind: {@code original}, {@code repost} (identical text), {@code rewrap} (other
 *                header/footer around the same text) or {@code edit} (lightly edited update)
 */
public record TruthRecord(String id, List<String> companies, String duplicateOf, String kind, String variant, Instant publishedAt) {
    public TruthRecord {
        companies = List.copyOf(companies);
    }
}

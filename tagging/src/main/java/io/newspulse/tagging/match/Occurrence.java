package io.newspulse.tagging.match;

import java.util.List;

/** A boundary-checked, overlap-resolved pattern occurrence in one field, before evidence is weighed. */
final class Occurrence {
    final FoldedText field;
    final boolean inTitle;
    final int start;
    final int end;
    final int pattern;
    final PatternKind kind;
    /** Candidate companies (several when companies share an alias), narrowed to one by the extractor. */
    List<Target> targets;

    Occurrence(FoldedText field, boolean inTitle, int start, int end, int pattern, PatternKind kind,
               List<Target> targets) {
        this.field = field;
        this.inTitle = inTitle;
        this.start = start;
        this.end = end;
        this.pattern = pattern;
        this.kind = kind;
        this.targets = targets;
    }

    int company() {
        return targets.get(0).company();
    }

    boolean hasCompany(int company) {
        for (Target t : targets) {
            if (t.company() == company) {
                return true;
            }
        }
        return false;
    }
}

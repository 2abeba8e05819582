package io.newspulse.analysis;

/** A title or body as written and folded ({@link Fold}: same length, so offsets are shared). */
final class Field {
    private final String original;
    private final String text;

    Field(String original) {
        this.original = original == null ? "" : original;
        this.text = Fold.of(this.original);
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }
}

package io.newspulse.analysis;

/** What a lexicon term does in the rules of {@link ClauseScorer}. */
enum TermKind {
    /** A word that is good news on its own ("record profit", "beat forecasts", 上方修正, 増益). */
    POS,
    /** A word that is bad news on its own ("fraud", "slump", 減益, 赤字転落). */
    NEG,
    /** A change upwards: rose, gained, widened, 増加, 拡大, 上昇. Polarity comes from the quantity it moves. */
    UP,
    /** A change downwards: fell, cut, narrowed, 減少, 縮小, 下落. */
    DOWN,
    /** A quantity that is good when it goes up: profit, sales, shares, outlook, 利益, 株価. */
    GOOD,
    /** A quantity that is bad when it goes up: loss, debt, costs, 赤字, 損失. */
    BAD,
    /** Flips the polarity of the term it scopes: not, no, never, ない, 않다. */
    NEGATOR,
    /** Scales the next polar term: sharply, record, 大幅. Weight is the factor. */
    INTENS,
    /** "but", "however", しかし, 一方: starts a new clause that outweighs the one before. */
    CONTRAST,
    /** "although", "despite": starts a concessive clause (weaker) that ends at the next comma. */
    CONCESSIVE,
    /** "while", "whereas", ";": starts a new clause with equal weight. */
    SPLIT,
    /** "the company", "its", 同社: refers back to the last company named. */
    ANAPHOR,
    /**
     * Dates its part of a clause in the past, so that its event triggers are history, not news: "years ago",
     * "formerly", "was formed by the merger of", 年前, かつて. No polarity.
     */
    PAST,
    /** Compares two figures ("compared to", "compared with", "versus"): see {@link Comparisons}. No polarity. */
    COMPARE,
    /** A trigger of a corporate event (the entry's event code). */
    EVENT,
    /**
     * A trigger of a corporate event with a mild polarity of its own (its weight; negative for a bad one) that
     * counts only when that event is what the text reports (the story rule of {@link SentimentAnalyzer}: in the
     * title, or reported twice): "acquisition", "stake", "launch". A passing mention ("organic growth supplemented
     * by acquisitions", "holds a 25 % stake") is a neutral fact.
     */
    PRIOR,
    /** A phrase that only blocks shorter terms inside it: "set up", "shut down", "up to". */
    NONE
}

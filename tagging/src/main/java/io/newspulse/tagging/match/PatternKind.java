package io.newspulse.tagging.match;

/** What an automaton pattern stands for. */
public enum PatternKind {
    /** A name or alias of the company. */
    NAME,
    /** A ticker in a form that is unambiguous on its own: $MSFT, NASDAQ:MSFT, 9984.T, 東証9984. */
    TICKER,
    /** A ticker in parentheses, (9984) or (MSFT): counts only right after a name of the same company. */
    TICKER_NEAR_NAME,
    /** A context term: evidence for an ambiguous company, never a mention itself. */
    CONTEXT
}

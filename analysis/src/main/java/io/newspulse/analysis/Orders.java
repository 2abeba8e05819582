package io.newspulse.analysis;

/**
 * A purchase of a counted quantity of goods is an order, a supply deal, not a takeover: "has negotiated the purchase
 * of 22 new Boeing 787s", "bought 100 aircraft". An M&A trigger (purchase, buy, bought) followed, after an optional
 * "of" / "of the", by a number that is not a share of a company (%, percent, shares, a stake) or an amount of money
 * (million, billion: "bought 1.5 million shares") reports a {@link EventCode#PARTNERSHIP} instead.
 */
final class Orders {
    private static final String[] NOT_GOODS = {"%", "percent", "per", "shares", "share", "stake", "million", "billion",
        "bn", "m", "pct"};

    private Orders() {
    }

    /** True when the trigger word starting at {@code position} of folded {@code t} is followed by a count of goods. */
    static boolean isOrder(char[] t, int position) {
        int i = position;
        int n = t.length;
        while (i < n && Lexicon.isWordChar(t[i])) {
            i++;
        }
        i = skipSpaces(t, i);
        if (startsWord(t, i, "of")) {
            i = skipSpaces(t, i + 2);
            if (startsWord(t, i, "the")) {
                i = skipSpaces(t, i + 3);
            }
        }
        if (i >= n || t[i] < '0' || t[i] > '9') {
            return false;
        }
        while (i < n && (t[i] >= '0' && t[i] <= '9' || t[i] == ',' || t[i] == '.')) {
            i++;
        }
        if (i < n && t[i] == '%') {
            return false;
        }
        i = skipSpaces(t, i);
        for (String w : NOT_GOODS) {
            if (startsWord(t, i, w)) {
                return false;
            }
        }
        return true;
    }

    /** True when the word at {@code position} is followed by the word {@code w} ("downgraded by"). */
    static boolean followedBy(char[] t, int position, String w) {
        int i = position;
        while (i < t.length && Lexicon.isWordChar(t[i])) {
            i++;
        }
        return startsWord(t, skipSpaces(t, i), w);
    }

    private static int skipSpaces(char[] t, int i) {
        while (i < t.length && t[i] == ' ') {
            i++;
        }
        return i;
    }

    private static boolean startsWord(char[] t, int i, String w) {
        if (!Field.matches(t, i, w)) {
            return false;
        }
        int e = i + w.length();
        return e == t.length || !Lexicon.isWordChar(t[e]) || w.equals("%");
    }
}

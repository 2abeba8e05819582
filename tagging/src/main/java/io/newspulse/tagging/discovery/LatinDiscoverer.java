package io.newspulse.tagging.discovery;

import io.newspulse.tagging.match.SportsTeamRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Discovery in Latin-script text (English, German, French, Spanish...): runs of capitalised words ("Eos Airlines",
 * "Bank of New York Mellon") kept only with corporate evidence:
 * <ol>
 *   <li>a legal form after the name: "Acme Widgets plc", "Calpine Corporation", "PNE WIND AG", "Nasdaq, Inc.";</li>
 *   <li>an industry head noun ending a name of two or more words: "Eos Airlines", "Topaz Energy", "NPD Group";</li>
 *   <li>corporate context: a lower-case business noun right before it ("law firm Sidley Austin", "online
 *       retailer Zappos.com"), "shares of / stake in / takeover of / analyst at / chief executive of X",
 *       "X's chief executive / shares / board", "X shares", "X (NYSE: ...)", and the apposition
 *       "X, a data management company".</li>
 * </ol>
 * "X said" alone is never evidence (it is mostly people). Guards: every word of the name is capitalised (lower-case
 * joiners "of", "and", "&", "de"... only inside a name with a legal form or head noun), at most six words, not
 * an institution, place or event ({@link NotCompanies}), sentence-initial function words and nationality
 * adjectives are dropped ("The", "German Adidas"), and a title written in title case is skipped.
 */
final class LatinDiscoverer {
    private static final int MAX_WORDS = 6;

    /** Lower-case words that may join capitalised words inside a name. */
    private static final Set<String> JOINERS = Set.of("of", "and", "&", "de", "du", "des", "van", "di", "da", "del",
            "la", "le", "y", "et");

    /** Industry words that end company names (capitalised, as written). */
    private static final Set<String> HEAD_NOUNS = Set.of("Airlines", "Airline", "Airways", "Air", "Bank", "Bancorp",
            "Group", "Holdings", "Holding", "Motors", "Motor", "Automobile", "Automotive", "Energy", "Systems",
            "Technologies", "Technology", "Telecom", "Telecommunications", "Communications", "Pharmaceuticals",
            "Pharma", "Securities", "Capital", "Partners", "Investments", "Insurance", "Assurance", "Steel",
            "Electric", "Electronics", "Entertainment", "Studios", "Pictures", "Networks", "Software",
            "Semiconductor", "Semiconductors", "Foods", "Brewing", "Brewery", "Mining", "Petroleum", "Oil",
            "Chemicals", "Chemical", "Industries", "Enterprises", "Ventures", "Logistics", "Aerospace", "Shipping",
            "Cargo", "Express", "Retail", "Stores", "Restaurants", "Hotels", "Resorts", "Financial", "Advisers",
            "Advisors", "Management", "Consulting", "Solutions", "Biotech", "Therapeutics", "Laboratories",
            "Media", "Mobile", "Wireless", "Airport", "Railway", "Railways", "Rail", "Brothers", "Werke", "Bahn",
            "Versicherung", "Versicherungen", "Bau", "Banque", "Banco", "Motoren", "Automobiles", "Telekom");

    /** Head nouns too common as place or generic words to count after a single capitalised word. */
    private static final Set<String> WEAK_HEADS = Set.of("Air", "Group", "Capital", "Media", "Mobile", "Express",
            "Retail", "Management", "Financial", "Airport", "Rail", "Oil", "Energy", "Bank", "Brothers", "Bahn",
            "Electric", "Insurance", "Technology", "Entertainment");

    /** Lower-case business nouns that introduce a company name right after them: "law firm Sidley Austin". */
    private static final Set<String> NOUN_CUES = Set.of("company", "firm", "firms", "maker",
            "manufacturer", "carmaker", "automaker", "chipmaker", "steelmaker", "drugmaker", "carrier", "carriers",
            "airline", "airlines", "retailer", "retailers", "bank", "banks", "lender", "insurer", "brokerage",
            "startup", "start-up", "conglomerate", "subsidiary", "supplier", "operator", "chain", "giant",
            "publisher", "broadcaster", "provider", "distributor", "consultancy", "franchisee", "unternehmen",
            "konzern", "firma", "hersteller", "entreprise", "société", "groupe", "empresa", "compañía", "grupo",
            "fabricant", "constructeur");

    /** Phrases (lower case, ending with a space) right before a company name. */
    private static final List<String> PHRASE_CUES = List.of("shares of ", "shares in ", "stake in ", "takeover of ",
            "acquisition of ", "merger with ", "bid for ", "analyst at ", "analysts at ", "chief executive of ", "chief executive officer of ",
            "ceo of ", "chairman of ", "founder of ", "co-founder of ", "shareholders of ", "acquired by ",
            "subsidiary of ", "unit of ", "division of ", "parent company ");

    /** What may follow "X's" to make X a company. */
    private static final List<String> POSSESSIVE_CUES = List.of("chief executive", "ceo", "chairman", "shares",
            "stock", "board", "shareholders", "subsidiary", "parent",
            "profit", "profits", "revenue", "revenues", "earnings", "share price", "market value", "takeover",
            "acquisition", "headquarters", "chief financial officer", "cfo", "stake");

    /** Business nouns that close an apposition: "UpGuard, a cybersecurity firm". */
    private static final Set<String> APPOSITION_NOUNS = Set.of("company", "firm", "maker", "manufacturer",
            "group", "bank", "carrier", "airline", "retailer", "provider", "operator", "insurer", "lender",
            "conglomerate", "startup", "start-up", "chain", "subsidiary", "supplier", "publisher", "broadcaster",
            "consultancy", "brokerage", "corporation", "producer", "developer", "distributor", "giant", "company's");

    /** Nouns that, in an apposition, make the name an institution: "Force Ouvrière, the main Airbus union". */
    private static final Set<String> APPOSITION_VETO = Set.of("union", "unions", "party", "agency", "ministry",
            "regulator", "watchdog", "university", "association", "federation", "club", "team", "league", "council",
            "charity", "foundation", "organisation", "organization", "government", "court", "school", "institute",
            "band", "newspaper", "magazine", "website", "app", "service", "brand", "product", "game", "film", "show");

    /** Capitalised words that are never the first word of a name (function words, days, months...). */
    private static final Set<String> LEADING_STOP = Set.of("The", "A", "An", "This", "That", "These", "Those", "Its",
            "Their", "His", "Her", "Our", "My", "Your", "In", "On", "At", "By", "For", "From", "With", "After",
            "Before", "Yesterday", "Today", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "When", "While", "But", "And", "Or", "If", "As",
            "Last", "Next", "Former", "Both", "All", "Some", "Many", "Most", "Rival", "Shares", "Analysts",
            "Investors", "Under", "Also", "However", "Meanwhile", "According", "Der", "Die", "Das", "Le", "La",
            "Les", "El", "Los", "Las", "Un", "Une", "Ein", "Eine", "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Chief", "CEO", "Chairman", "President", "Executive", "Only", "Even",
            "Founder", "Co-founder", "Chancellor", "Minister", "Prime", "Secretary", "Governor", "Senator",
            "Mayor", "King", "Queen", "Prince", "Pope", "Director", "Head", "Manager", "Analyst", "Spokesman",
            "Spokeswoman", "Professor", "General", "Judge", "Chef", "Vorstandsvorsitzender", "Vorstand",
            "Because", "Although", "Since", "Until", "Then", "Now", "So", "Not", "No", "Yes", "Why", "How", "What",
            "Who", "Where", "Which", "There", "Here", "It", "He", "She", "They", "We", "I", "You", "New");

    /** Nationality and region adjectives dropped from the start of a name ("German Adidas"). */
    private static final Set<String> NATIONALITIES = Set.of("American", "British", "German", "French", "Japanese",
            "Chinese", "Korean", "South", "North", "Italian", "Spanish", "Dutch", "Swiss", "Swedish", "Irish",
            "Indian", "Russian", "Canadian", "Australian", "Brazilian", "Mexican", "Taiwanese", "European",
            "Asian", "African", "Belgian", "Austrian", "Danish", "Norwegian", "Finnish", "Polish", "Turkish",
            "Israeli", "Saudi", "Iranian", "Anglo-Dutch", "Romanian", "Greek", "Portuguese", "Luxembourg",
            "Scottish", "Welsh", "English", "US", "U.S.", "UK", "U.K.", "EU", "Global", "International", "Western",
            "Eastern", "Kremlin-owned", "State-owned");

    /** Single words that context cues must not turn into companies (countries, pronouns, titles). */
    private static final Set<String> SINGLE_STOP = Set.of("Government", "Company", "Group", "Inc", "Corp",
            "Europe", "America", "Asia", "Africa", "China", "Japan", "Korea", "India", "Russia", "Germany",
            "France", "Britain", "Italy", "Spain", "Canada", "Australia", "Brazil", "Mexico", "Iran", "Iraq",
            "Israel", "Ireland", "Scotland", "England", "Wales", "London", "Paris", "Tokyo", "Beijing", "Washington",
            "Moscow", "Berlin", "Wall", "Street", "Reuters", "AP", "AFP", "Bloomberg", "God", "Christmas", "Easter",
            "Internet", "Web", "TV", "Parliament", "Congress", "Senate", "Board", "Court", "State", "City",
            "Ltd", "Plc", "AG", "SA", "Holdings", "Chapter");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION = java.util.regex.Pattern.compile("[,.;:)]+$");

    private LatinDiscoverer() {
    }

    /** A token of the text: a word (letters/digits with inner . & - '), with its offsets; text made on demand. */
    private static final class Token {
        private final String source;
        private final int start;
        private final int end;
        private String text;

        Token(String source, int start, int end) {
            this.source = source;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            if (text == null) {
                text = source.substring(start, end);
            }
            return text;
        }

        boolean capitalised() {
            char c = source.charAt(start);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
                return true;
            }
            if (c >= '0' && c <= '9') {
                for (int i = start + 1; i < end; i++) {
                    if (Character.isUpperCase(source.charAt(i))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Spans of the field taken by knowledge-base mentions. */
    @FunctionalInterface
    interface Taken {
        boolean overlaps(int start, int end);
    }

    /** First words of the legal forms, without a final dot ("Inc", "S.A", "Pty"): a cheap test before the full one. */
    private static final Set<String> LEGAL_FIRST_WORDS = legalFirstWords();

    private static Set<String> legalFirstWords() {
        java.util.HashSet<String> words = new java.util.HashSet<>();
        for (String form : LegalForms.LATIN) {
            String first = form.split(" ")[0];
            words.add(first.endsWith(".") ? first.substring(0, first.length() - 1) : first);
        }
        return Set.copyOf(words);
    }

    /** Last words of {@link #PHRASE_CUES}: the word before a name must be one of them for a phrase cue to match. */
    private static final Set<String> PHRASE_LAST_WORDS = Set.of("of", "in", "for", "with", "at", "by", "company");

    static void discover(String text, boolean inTitle, List<Discovered> out) {
        discover(text, inTitle, (s, e) -> false, out);
    }

    static void discover(String text, boolean inTitle, Taken taken, List<Discovered> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (inTitle && titleCase(tokens(text))) {
            return;
        }
        // Only capitalised words start a run, so lower-case words are skipped without making tokens. The scan
        // reads a char array: String.charAt checks the coder and bounds on every char.
        int n = text.length();
        char[] cs = charsOf(text);
        int i = 0;
        List<Token> run = new ArrayList<>(8);
        while (i < n) {
            char c = cs[i];
            if (c == '&' || !isWordChar(c)) {
                i++;
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 0x80 && Character.isLowerCase(c))) {
                i = wordEnd(cs, n, i); // a lower-case word never starts a run: no token needed
                continue;
            }
            int wordEnd = wordEnd(cs, n, i);
            Token first = new Token(text, i, wordEnd);
            if (!first.capitalised()) {
                i = wordEnd;
                continue;
            }
            run.clear();
            Token before = previousWord(text, cs, i);
            if (before != null) {
                run.add(before);
            }
            int from = run.size();
            run.add(first);
            int lastCap = run.size() - 1;
            int p = wordEnd;
            while (p + 1 < n && cs[p] == ' ') {
                int q = p + 1;
                char d = cs[q];
                Token u;
                if (d == '&' && (q + 1 >= n || cs[q + 1] == ' ')) {
                    u = new Token(text, q, q + 1);
                } else if (isWordChar(d)) {
                    u = new Token(text, q, wordEnd(cs, n, q));
                } else {
                    break;
                }
                if (u.capitalised()) {
                    run.add(u);
                    lastCap = run.size() - 1;
                } else if (u.end() - u.start() <= 3 && JOINERS.contains(u.text())) {
                    run.add(u);
                } else {
                    break;
                }
                p = u.end();
            }
            int runEnd = run.get(lastCap).end();
            if (!taken.overlaps(i, runEnd)) {
                candidates(text, run, from, lastCap + 1, inTitle, out);
            }
            i = runEnd;
        }
    }

    /** Per thread, the chars {@link #discover} scans (the buffer never leaves it). */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[4096]);
    /** Longer texts get an array of their own, so that no thread keeps a huge one. */
    private static final int MAX_KEPT = 1 << 20;

    /** The chars of {@code text} at the start of a buffer reused by the thread (the rest is undefined). */
    private static char[] charsOf(String text) {
        int n = text.length();
        char[] buffer = CHARS.get();
        if (buffer.length < n) {
            if (n > MAX_KEPT) {
                return text.toCharArray();
            }
            buffer = new char[Math.max(n, buffer.length * 2)];
            CHARS.set(buffer);
        }
        text.getChars(0, n, buffer, 0);
        return buffer;
    }

    /** End of the word starting at {@code i} (of {@code n} chars): letters, digits, and . & - ' between them (not a possessive 's). */
    private static int wordEnd(char[] cs, int n, int i) {
        int e = i + 1;
        while (e < n) {
            char d = cs[e];
            if (isWordChar(d)) {
                e++;
            } else if ((d == '.' || d == '&' || d == '-' || d == '\'' || d == '’') && e + 1 < n
                    && isWordChar(cs[e + 1])
                    && !((d == '\'' || d == '’') && cs[e + 1] == 's'
                    && (e + 2 >= n || !isWordChar(cs[e + 2])))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** The word right before {@code start} when one space separates them ("firm" in "law firm X"), else null. */
    private static Token previousWord(String text, char[] cs, int start) {
        if (start < 2 || cs[start - 1] != ' ' || !isWordChar(cs[start - 2])) {
            return null;
        }
        int b = start - 2;
        while (b > 0 && (isWordChar(cs[b - 1]) || cs[b - 1] == '-')) {
            b--;
        }
        return new Token(text, b, start - 1);
    }

    /** Evaluates the run of capitalised tokens {@code [from, to)}. */
    private static void candidates(String text, List<Token> tokens, int from, int to, boolean inTitle,
                                   List<Discovered> out) {
        int first = from;
        boolean sentenceStart = sentenceStart(text, tokens.get(from).start());
        while (first < to && (LEADING_STOP.contains(tokens.get(first).text())
                || NATIONALITIES.contains(tokens.get(first).text()) || JOINERS.contains(tokens.get(first).text())
                || hyphenatedModifier(tokens.get(first).text()))) {
            first++;
        }
        if (first == from && sentenceStart && first + 2 < to && tokens.get(first + 1).text().equals("of")
                && !HEAD_NOUNS.contains(tokens.get(first).text())) {
            first += 2; // "Passengers of Eos Airlines": a sentence-initial noun, not part of the name
        }
        int checkedFirst = first == from && sentenceStart ? first : -1;
        if (first >= to) {
            return;
        }
        // 1. legal form inside or right after the run
        for (int k = first + 1; k <= to; k++) {
            if (k < to && !LEGAL_FIRST_WORDS.contains(tokens.get(k).text())) {
                continue;
            }
            int at = k < to ? tokens.get(k).start() : tokens.get(k - 1).end();
            if (k == to && !legalFormMayFollow(text, at)) {
                continue;
            }
            int formEnd = legalFormAt(text, at, k == to);
            if (formEnd > 0) {
                int nameEnd = k;
                while (nameEnd > first && JOINERS.contains(tokens.get(nameEnd - 1).text())) {
                    nameEnd--;
                }
                if (nameEnd > first && nameEnd - first <= MAX_WORDS) {
                    add(text, tokens, first, nameEnd, formEnd, inTitle, DiscoveryRule.LEGAL_FORM, checkedFirst, out);
                }
                return;
            }
        }
        int words = to - first;
        if (words > MAX_WORDS) {
            return;
        }
        // 2. head noun ending a name of two or more words
        String last = tokens.get(to - 1).text();
        if (words >= 2 && HEAD_NOUNS.contains(last) && hasDistinctiveWord(tokens, first, to - 1)
                && !(words == 2 && WEAK_HEADS.contains(last) && !contextCue(text, tokens, first, to))) {
            add(text, tokens, first, to, tokens.get(to - 1).end(), inTitle, DiscoveryRule.HEAD_NOUN, checkedFirst, out);
            return;
        }
        // 3. corporate context, for a run without joiners (split at "and": "airlines X and Y")
        int start = first;
        for (int k = first; k <= to; k++) {
            if (k == to || !tokens.get(k).capitalised()) {
                if (k > start && contextCue(text, tokens, start, k) && acceptableByContext(tokens, start, k)) {
                    add(text, tokens, start, k, tokens.get(k - 1).end(), inTitle, DiscoveryRule.CONTEXT, checkedFirst, out);
                }
                start = k + 1;
            }
        }
    }

    /** "US-based", "Kremlin-owned", "Paris-listed": a modifier, not part of the name. */
    private static boolean hyphenatedModifier(String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && dash + 1 < word.length() && Character.isLowerCase(word.charAt(dash + 1));
    }

    private static boolean acceptableByContext(List<Token> tokens, int from, int to) {
        if (to - from == 1) {
            String w = tokens.get(from).text();
            return w.length() >= 2 && !SINGLE_STOP.contains(w) && !NATIONALITIES.contains(w)
                    && !LEADING_STOP.contains(w) && !allDigits(w);
        }
        return true;
    }

    private static boolean allDigits(String w) {
        for (int i = 0, n = w.length(); i < n; i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasDistinctiveWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).text();
            if (!HEAD_NOUNS.contains(w) && !JOINERS.contains(w) && !NATIONALITIES.contains(w) && w.length() >= 2) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, List<Token> tokens, int from, int to, int end, boolean inTitle,
                            DiscoveryRule rule, int sentenceInitial, List<Discovered> out) {
        if (from == sentenceInitial && commonWordElsewhere(text, tokens.get(from))) {
            // "Rival Eos Airlines": a sentence-initial word written in lower case elsewhere is not part of the name
            if (to - from < 2 || !hasDistinctiveWord(tokens, from + 1, to)) {
                return;
            }
            from++;
        }
        int start = tokens.get(from).start();
        String name = text.substring(start, tokens.get(to - 1).end());
        if (NotCompanies.latin(name) || name.length() < 2
                || SportsTeamRule.containsNickname(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        if (end < text.length() && text.charAt(end) == ','
                && apposition(text.substring(end, Math.min(text.length(), end + 80)).toLowerCase(Locale.ROOT)) < 0) {
            return;
        }
        String window = text.substring(Math.max(0, start - 8), Math.min(text.length(), end + 30))
                .toLowerCase(Locale.ROOT);
        int offset = Math.max(0, start - 8);
        if (window.length() == Math.min(text.length(), end + 30) - offset
                && SportsTeamRule.isTeam(window, start - offset, end - offset)) {
            return; // "Yomiuri Giants", "FC Acme", "Acme 04 Leverkusen"
        }
        if (end < text.length() && text.charAt(end) == '!' && end + 1 < text.length()
                && (text.charAt(end + 1) == ' ' || text.charAt(end + 1) == '\'' || text.charAt(end + 1) == ',')
                && !sentenceStartAfter(text, end + 1)) {
            end++; // "Yahoo! has": the exclamation mark is part of the name
        }
        String surface = text.substring(start, end);
        if (to - from == 1 && name.length() < 3 && !name.chars().allMatch(Character::isUpperCase)) {
            return;
        }
        out.add(new Discovered(OrgIds.id(surface), surface, start, end, inTitle, rule));
    }

    /** After a run: ", X" or " x" where x may start a legal form (lower-case "plc", or after a comma). */
    private static boolean legalFormMayFollow(String text, int at) {
        int p = at;
        if (p < text.length() && text.charAt(p) == ',') {
            p++;
        }
        if (p + 1 >= text.length() || text.charAt(p) != ' ') {
            return false;
        }
        char c = text.charAt(p + 1);
        return p > at || c == 'p' || c == 'A';
    }

    /** {@link LegalForms#LATIN} by first char, longest first within each group as in the list. */
    private static final ByFirstChar LATIN_FORMS = new ByFirstChar(LegalForms.LATIN);

    /** End of a legal form written at {@code at} (after ", " or " " when {@code afterRun}), or -1. */
    static int legalFormAt(String text, int at, boolean afterRun) {
        int p = at;
        boolean comma = false;
        if (afterRun) {
            if (p < text.length() && text.charAt(p) == ',') {
                p++;
                comma = true;
            }
            if (p < text.length() && text.charAt(p) == ' ') {
                p++;
            } else {
                return -1;
            }
        }
        if (p >= text.length()) {
            return -1;
        }
        for (String form : LATIN_FORMS.startingWith(text.charAt(p))) {
            if (text.startsWith(form, p)) {
                int end = p + form.length();
                char next = end < text.length() ? text.charAt(end) : ' ';
                if (Character.isLetterOrDigit(next) || next == '-' || next == '&' || (next == '.' && !form.endsWith(".") && end + 1 < text.length()
                        && Character.isLetter(text.charAt(end + 1)))) {
                    continue;
                }
                if (comma && LegalForms.SHORT_NO_COMMA.contains(form)) {
                    continue;
                }
                if (next == '.' && !form.endsWith(".") && (form.equals("Inc") || form.equals("Corp")
                        || form.equals("Co") || form.equals("Ltd"))) {
                    end++; // "Inc." at a sentence end, written as "Inc" + "."
                }
                return end;
            }
        }
        return -1;
    }

    /** Corporate context right before or after tokens {@code [from, to)}. */
    private static boolean contextCue(String text, List<Token> tokens, int from, int to) {
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        // before: "law firm X", "shares of X"
        if (from > 0) {
            Token prev = tokens.get(from - 1);
            if (singleSpace(text, prev, tokens.get(from)) && NOUN_CUES.contains(prev.text())) {
                return true;
            }
        }
        if (from > 0 && PHRASE_LAST_WORDS.contains(tokens.get(from - 1).text())) {
            for (String cue : PHRASE_CUES) {
                int at = start - cue.length();
                if (at >= 0 && text.regionMatches(true, at, cue, 0, cue.length())
                        && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                    return true;
                }
            }
        }
        // after: "X's chief executive", "X shares", "X (NYSE: ...)", "X, a ... company"
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        if ((next == '\'' || next == '’') && end + 2 < text.length() && text.charAt(end + 1) == 's'
                && text.charAt(end + 2) == ' ') {
            int at = end + 3;
            for (String cue : POSSESSIVE_CUES) {
                if (text.regionMatches(true, at, cue, 0, cue.length())
                        && (at + cue.length() >= text.length() || !Character.isLetter(text.charAt(at + cue.length())))) {
                    return true;
                }
            }
            return false;
        }
        if (next == ' ') {
            return text.startsWith(" shares", end) || text.startsWith(" stock ", end)
                    || text.startsWith(" share price", end) || exchangeTicker(text, end);
        }
        if (next == ',') {
            String lower = text.substring(end, Math.min(text.length(), end + 80)).toLowerCase(Locale.ROOT);
            return apposition(lower) == 1;
        }
        return false;
    }

    /** " (NYSE: ABC" / " (Nasdaq: ABC" / " (TSE: 1234": an exchange code and a colon in parentheses. */
    private static boolean exchangeTicker(String text, int from) {
        // The common case, no parenthesis after the optional space, without copying anything.
        int open = from < text.length() && text.charAt(from) == ' ' ? from + 1 : from;
        if (open >= text.length() || text.charAt(open) != '(') {
            return false;
        }
        String after = text.substring(from, Math.min(text.length(), from + 16));
        int p = 0;
        if (p < after.length() && after.charAt(p) == ' ') {
            p++;
        }
        if (p >= after.length() || after.charAt(p) != '(') {
            return false;
        }
        p++;
        int letters = 0;
        while (p < after.length() && Character.isLetter(after.charAt(p))) {
            p++;
            letters++;
        }
        return letters >= 2 && letters <= 8 && p < after.length() && after.charAt(p) == ':';
    }

    /**
     * ", a|an|the [up to 5 words] company|firm|maker...": an apposition naming the kind of business. 1: a business
     * noun, -1: an institution noun (union, agency...), 0: no apposition or no such noun.
     */
    static int apposition(String lower) {
        String rest;
        if (lower.startsWith(", a ")) {
            rest = lower.substring(4);
        } else if (lower.startsWith(", an ")) {
            rest = lower.substring(5);
        } else if (lower.startsWith(", the ")) {
            rest = lower.substring(6);
        } else {
            return 0;
        }
        String[] words = SPACES.split(rest, 8);
        for (int k = 0; k < Math.min(words.length, 6); k++) {
            String w = words[k];
            String bare = TRAILING_PUNCTUATION.matcher(w).replaceAll("");
            if (APPOSITION_VETO.contains(bare)) {
                return -1;
            }
            if (bare.equals("of") || bare.equals("for") || bare.equals("at") || bare.equals("in")
                    || bare.equals("with") || bare.equals("to") || bare.equals("who") || bare.equals("whose")) {
                return 0; // "the owner of the firm": the apposition's noun came before
            }
            if (APPOSITION_NOUNS.contains(bare)) {
                return 1;
            }
            if (!bare.equals(w) || bare.isEmpty()) {
                return 0; // the apposition ended without a business noun
            }
        }
        return 0;
    }

    /** True when {@code token} at a sentence start is a common word: written in lower case elsewhere in the text. */
    private static boolean commonWordElsewhere(String text, Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        if (lower.equals(token.text())) {
            return false;
        }
        int at = text.indexOf(lower);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int e = at + lower.length();
            boolean endOk = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(lower, at + 1);
        }
        return false;
    }

    /** True when the text after {@code at} starts a new sentence (a capitalised word after spaces). */
    private static boolean sentenceStartAfter(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || Character.isUpperCase(text.charAt(i));
    }

    private static boolean sentenceStart(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“'
                || text.charAt(i) == '\'' || text.charAt(i) == '(')) {
            i--;
        }
        return i < 0 || ".!?:;\n\r|".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean singleSpace(String text, Token a, Token b) {
        return b.start() == a.end() + 1 && text.charAt(a.end()) == ' ';
    }

    /** A title in title case: most words of four or more letters capitalised. */
    private static boolean titleCase(List<Token> tokens) {
        int longWords = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.text().length() >= 4 && Character.isLetter(t.text().charAt(0))) {
                longWords++;
                if (t.capitalised()) {
                    capitalised++;
                }
            }
        }
        return longWords >= 3 && capitalised * 4 >= longWords * 3;
    }

    /** Words: a letter or digit, then letters, digits, and . & - ' between letters/digits; "&" alone too. */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '&' && (i + 1 >= n || text.charAt(i + 1) == ' ')) {
                tokens.add(new Token(text, i, i + 1));
                i++;
                continue;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (isWordChar(d)) {
                    i++;
                } else if ((d == '.' || d == '&' || d == '-' || d == '\'' || d == '’') && i + 1 < n
                        && isWordChar(text.charAt(i + 1))
                        && !((d == '\'' || d == '’') && text.charAt(i + 1) == 's'
                        && (i + 2 >= n || !isWordChar(text.charAt(i + 2))))) {
                    i++;
                } else {
                    break;
                }
            }
            tokens.add(new Token(text, start, i));
        }
        return tokens;
    }

    /** Letters and digits of alphabetic scripts (not CJK, kana or Hangul, which other rules handle). */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}

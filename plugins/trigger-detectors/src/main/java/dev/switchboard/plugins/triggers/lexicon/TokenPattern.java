package dev.switchboard.plugins.triggers.lexicon;

/** One position of a lexicon entry. */
public record TokenPattern(Kind kind, String value) {

    /** How a position matches a token. */
    public enum Kind {
        EXACT, PREFIX, SUFFIX, INFIX, GAP, START, ANY, MONEY, NUMBER, COUNT, PERCENT, YEAR, PLACE, DATE, ORDINAL, VERSION, RISE, MAIL
    }

    /** Longest run of tokens a {@code ..} gap skips. */
    public static final int MAX_GAP = 3;

    static TokenPattern parse(String word) {
        return switch (word) {
            case ".." -> new TokenPattern(Kind.GAP, "");
            case "<start>" -> new TokenPattern(Kind.START, "");
            case "<any>" -> new TokenPattern(Kind.ANY, "");
            case "<money>" -> new TokenPattern(Kind.MONEY, "");
            case "<number>" -> new TokenPattern(Kind.NUMBER, "");
            case "<count>" -> new TokenPattern(Kind.COUNT, "");
            case "<percent>" -> new TokenPattern(Kind.PERCENT, "");
            case "<year>" -> new TokenPattern(Kind.YEAR, "");
            case "<place>" -> new TokenPattern(Kind.PLACE, "");
            case "<date>" -> new TokenPattern(Kind.DATE, "");
            case "<ordinal>" -> new TokenPattern(Kind.ORDINAL, "");
            case "<version>" -> new TokenPattern(Kind.VERSION, "");
            case "<rise>" -> new TokenPattern(Kind.RISE, "");
            case "<mail>" -> new TokenPattern(Kind.MAIL, "");
            default -> literal(word);
        };
    }

    private static TokenPattern literal(String word) {
        boolean lead = word.length() > 1 && word.startsWith("*");
        boolean trail = word.length() > 1 && word.endsWith("*");
        String core = word.substring(lead ? 1 : 0, word.length() - (trail ? 1 : 0));
        if ((lead || trail) && core.length() < 3) {
            throw new IllegalArgumentException("'" + word + "': a stem needs at least 3 letters");
        }
        Kind kind = lead && trail ? Kind.INFIX : lead ? Kind.SUFFIX : trail ? Kind.PREFIX : Kind.EXACT;
        return new TokenPattern(kind, core);
    }

    /** Whether a literal pattern matches a folded token. */
    boolean matches(String folded) {
        return switch (kind) {
            case EXACT -> folded.equals(value);
            case PREFIX -> folded.startsWith(value);
            case SUFFIX -> folded.endsWith(value);
            case INFIX -> folded.contains(value);
            default -> false;
        };
    }

    boolean literal() {
        return kind == Kind.EXACT || kind == Kind.PREFIX || kind == Kind.SUFFIX || kind == Kind.INFIX;
    }
}

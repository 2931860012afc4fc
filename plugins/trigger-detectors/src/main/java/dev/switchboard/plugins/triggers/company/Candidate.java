package dev.switchboard.plugins.triggers.company;

/**
 * A possible company name: tokens {@code [start, end)}, of which {@code [start, nameEnd)} is the
 * name without a trailing legal form.
 *
 * @param sentence    index of its sentence
 * @param intrinsic   how much it looks like a company on its own (legal form, quotes, "company X")
 * @param markers     which of the {@code *} markers below it has
 */
public record Candidate(int sentence, int start, int nameEnd, int end, double intrinsic, int markers) {

    public static final int LEGAL_FORM = 1;
    public static final int AFTER_COMPANY_NOUN = 2;
    public static final int QUOTED = 4;
    public static final int HANDLE = 8;
    public static final int BRANDLIKE = 16;
    public static final int AFTER_PREPOSITION = 32;
    /** The first candidate of its sentence. */
    public static final int FIRST = 64;
    /** The object of a giving or investing phrase: "stake in X", "awarded X", "udziałów w X". */
    public static final int RECIPIENT = 128;
    /** After "from", "led by", "od", "przez", "от", "von": where money or a person comes from. */
    public static final int SOURCE = 256;
    /** The subject of a giving verb: "X has awarded", "X pożyczy", "X gewährt". */
    public static final int GIVER = 512;
    /** Signs a first-person post at its end: "– Käserei Almgold", "Love, Spoke & Sprocket". */
    public static final int SIGNATURE = 1024;
    /**
     * One word that opens a clause (where any word is capitalized) and that the dictionary knows as a
     * common word ("Allegro", "Środki", "Деньги"): a name only when nothing better is in sight.
     */
    public static final int COMMON_WORD = 2048;
    /** Right after a product noun: "ležák Sedmička", "gra „Północ”": the product, not its maker. */
    public static final int PRODUCT = 4096;

    public boolean has(int marker) {
        return (markers & marker) != 0;
    }

    /** Legal form, "company X" or quotes (not a product's: "gra „Północ”"): more than a capitalized word. */
    public boolean marked() {
        return has(LEGAL_FORM) || has(AFTER_COMPANY_NOUN) || (has(QUOTED) && !has(PRODUCT)) || has(HANDLE);
    }
}

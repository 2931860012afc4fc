package dev.switchboard.sdk.testkit.eval;

/**
 * A labeled set or a prediction file that cannot be read: the message names the source, the line
 * and what is wrong ({@code dev-set.jsonl line 17: triggers[0].type 'hire' is not a trigger type;
 * known: hiring, funding, ...}).
 */
public class EvalFormatException extends RuntimeException {

    private final String source;
    private final int line;

    /**
     * @param source the file name, or a description of the reader
     * @param line   1-based line number, or 0 when the problem is not on one line
     * @param problem what is wrong, for the person who edits the file
     */
    public EvalFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? " line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file name, or a description of the reader. */
    public String source() {
        return source;
    }

    /** The 1-based line number, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }
}

package dev.switchboard.plugins.triggers.lexicon;

import java.util.List;

/**
 * One line of a lexicon file.
 *
 * @param group    the file's group: a trigger type code ({@code hiring}), {@code filter}, or a name list
 * @param section  the section it was listed under ({@code cue}, {@code a}, {@code layoff}, ...)
 * @param weight   the section's weight (confidence of a cue), 0 when the section names none
 * @param patterns its positions
 * @param source   file and line, for messages
 */
public record Entry(String group, String section, double weight, List<TokenPattern> patterns, String source) {

    /** Whether one of the entry's literal positions matches the folded word (the entry names it itself). */
    public boolean names(String folded) {
        for (TokenPattern pattern : patterns) {
            if (pattern.literal() && pattern.matches(folded)) {
                return true;
            }
        }
        return false;
    }

    public boolean is(String group, String section) {
        return this.group.equals(group) && this.section.equals(section);
    }
}

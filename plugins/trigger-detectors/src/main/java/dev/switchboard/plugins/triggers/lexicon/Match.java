package dev.switchboard.plugins.triggers.lexicon;

/** An entry found at tokens {@code [start, end)} (indexes into the document's tokens). */
public record Match(Entry entry, int start, int end) {

    public boolean is(String group, String section) {
        return entry.is(group, section);
    }

    public boolean overlaps(Match other) {
        return start < other.end && other.start < end;
    }
}

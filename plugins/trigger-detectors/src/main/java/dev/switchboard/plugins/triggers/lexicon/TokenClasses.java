package dev.switchboard.plugins.triggers.lexicon;

/**
 * What the pseudo-patterns ({@code <money>}, {@code <place>}, ...) see: a classifier of tokens by
 * their absolute index.
 */
public interface TokenClasses {

    boolean is(TokenPattern.Kind kind, int token);

    /** Classifies nothing. */
    TokenClasses NONE = (kind, token) -> false;
}

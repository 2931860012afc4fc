package dev.switchboard.plugins.triggers.analysis;

/**
 * One sentence: chars {@code [start, end)} of the original text and tokens
 * {@code [firstToken, endToken)} of {@link TextAnalysis#tokens()}.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public int size() {
        return endToken - firstToken;
    }
}

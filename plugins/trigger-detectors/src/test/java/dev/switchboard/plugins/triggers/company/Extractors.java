package dev.switchboard.plugins.triggers.company;

import java.util.ArrayList;
import java.util.List;

import dev.switchboard.plugins.triggers.analysis.Sentence;
import dev.switchboard.plugins.triggers.analysis.TextAnalysis;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.lexicon.SentenceFacts;
import dev.switchboard.plugins.triggers.morph.Dictionaries;

/** A {@link CompanyExtractor} over a text, built as the engine builds it, for the company tests. */
final class Extractors {

    private Extractors() {
    }

    static CompanyExtractor of(String language, String text) {
        TextAnalysis analysis = TextAnalysis.of(text, language, 20_000);
        List<SentenceFacts> facts = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            facts.add(SentenceFacts.of(analysis, sentence, Lexicons.shared()));
        }
        return new CompanyExtractor(analysis, facts, Lexicons.shared(), Dictionaries.shared());
    }
}

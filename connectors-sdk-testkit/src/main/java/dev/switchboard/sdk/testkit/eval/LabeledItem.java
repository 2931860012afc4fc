package dev.switchboard.sdk.testkit.eval;

import java.util.List;
import java.util.Objects;

/**
 * One labeled text of an evaluation set; its JSON form is one line of the set:
 * <pre>{@code
 * {"id": "pl-017", "lang": "pl", "kind": "headline", "source": null,
 *  "text": "Akcjonariusze Polskich Kruszyw zatwierdzili emisję akcji za 40 mln zł",
 *  "company": "Polskie Kruszywa", "triggers": [{"type": "funding", "company": "Polskie Kruszywa"}],
 *  "negative": null}
 * }</pre>
 *
 * @param id       unique in its set
 * @param lang     ISO 639-1 language of the text ({@code cs})
 * @param kind     what sort of text: {@code headline}, {@code press-release}, {@code social},
 *                 {@code job-ad}, {@code blog}, {@code news}
 * @param text     the text a detector reads
 * @param company  the item's main company in base form without legal form, or {@code null}
 * @param triggers the triggers in the text; empty for a negative item
 * @param negative for an item without triggers that looks like it has some, why it has none
 *                 ({@code layoff}, {@code denial}, ...); {@code null} otherwise
 * @param source   free text on where the item comes from, or {@code null}
 */
public record LabeledItem(String id, String lang, String kind, String text, String company,
                          List<LabeledTrigger> triggers, String negative, String source) {

    public LabeledItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(text, "text");
        triggers = List.copyOf(triggers);
    }

    /** Whether the labeler found no trigger in the text. */
    public boolean isNegative() {
        return triggers.isEmpty();
    }
}

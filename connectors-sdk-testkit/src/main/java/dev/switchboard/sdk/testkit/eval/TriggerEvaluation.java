package dev.switchboard.sdk.testkit.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.text.CompanyNames;

/**
 * Scores predicted triggers against a labeled set.
 *
 * <p>The unit is the (item, trigger type) pair. A type is <em>labeled</em> for an item when any of
 * its labeled triggers has it, and <em>predicted</em> when any predicted trigger has it; how many
 * triggers of a type either side lists does not matter. Labeled and predicted is a true positive,
 * predicted only a false positive, labeled only a false negative. An item without a prediction
 * line predicted nothing; prediction ids that are not in the set are ignored (and listed).
 *
 * <p>Company accuracy is taken over the true positives whose labeled triggers of the type name a
 * company: such a pair is right when every labeled company of the type is
 * {@link CompanyNames#sameCompany the same company} as some predicted trigger of the type
 * ({@code Polskich Kruszyw} is right for {@code Polskie Kruszywa}).
 */
public final class TriggerEvaluation {

    private static final int TEXT_START = 120;

    private TriggerEvaluation() {
    }

    /** The scores of {@code predictedById} (item id to its predicted triggers) against {@code gold}. */
    public static Report score(List<LabeledItem> gold, Map<String, List<PredictedTrigger>> predictedById) {
        Tally tally = new Tally();
        Set<String> goldIds = new HashSet<>();
        for (LabeledItem item : gold) {
            goldIds.add(item.id());
            tally.item(item, predictedById.getOrDefault(item.id(), List.of()));
        }
        List<String> unknown = predictedById.keySet().stream().filter(id -> !goldIds.contains(id)).sorted().toList();
        return tally.report(gold.size(), unknown);
    }

    /** Counts while items are scored; frozen into a {@link Report} at the end. */
    private static final class Tally {
        private final Map<TriggerType, Counts> byType = new EnumMap<>(TriggerType.class);
        private final Map<String, Counts> byLanguage = new TreeMap<>();
        private final Map<TriggerType, Map<String, Counts>> byTypeAndLanguage = new EnumMap<>(TriggerType.class);
        private final Map<String, Counts> byKind = new TreeMap<>();
        private final Map<String, Report.NegativeResult> byNegative = new TreeMap<>();
        private final List<EvalError> errors = new ArrayList<>();
        private Counts micro = Counts.ZERO;
        private int negativeItems;
        private int companyChecked;
        private int companyRight;

        Tally() {
            for (TriggerType type : TriggerType.values()) {
                byType.put(type, Counts.ZERO);
                byTypeAndLanguage.put(type, new TreeMap<>());
            }
        }

        void item(LabeledItem item, List<PredictedTrigger> predicted) {
            Set<TriggerType> labeledTypes = EnumSet.noneOf(TriggerType.class);
            item.triggers().forEach(trigger -> labeledTypes.add(trigger.type()));
            Set<TriggerType> predictedTypes = EnumSet.noneOf(TriggerType.class);
            predicted.forEach(trigger -> predictedTypes.add(trigger.type()));
            negative(item, predictedTypes);
            for (TriggerType type : TriggerType.values()) {
                boolean labeled = labeledTypes.contains(type);
                boolean guessed = predictedTypes.contains(type);
                if (labeled || guessed) {
                    pair(item, type, labeled, guessed, predicted);
                }
            }
        }

        private void negative(LabeledItem item, Set<TriggerType> predictedTypes) {
            if (item.isNegative()) {
                negativeItems++;
            }
            if (item.negative() != null) {
                Report.NegativeResult alarm = new Report.NegativeResult(1, predictedTypes.isEmpty() ? 0 : 1);
                byNegative.merge(item.negative(), alarm, (a, b) ->
                        new Report.NegativeResult(a.items() + b.items(), a.falseAlarms() + b.falseAlarms()));
            }
        }

        private void pair(LabeledItem item, TriggerType type, boolean labeled, boolean guessed,
                          List<PredictedTrigger> predicted) {
            Counts counts = new Counts(labeled && guessed ? 1 : 0, guessed && !labeled ? 1 : 0,
                    labeled && !guessed ? 1 : 0);
            add(item, type, counts);
            List<String> predictedCompanies = predicted.stream().filter(p -> p.type() == type)
                    .map(PredictedTrigger::company).filter(Objects::nonNull).distinct().toList();
            List<String> labeledCompanies = item.triggers().stream().filter(t -> t.type() == type)
                    .map(LabeledTrigger::company).filter(Objects::nonNull).distinct().toList();
            if (!labeled) {
                error(EvalError.Kind.FALSE_POSITIVE, item, type, predictedCompanies,
                        item.company() == null ? List.of() : List.of(item.company()));
            } else if (!guessed) {
                error(EvalError.Kind.FALSE_NEGATIVE, item, type, predictedCompanies, labeledCompanies);
            } else if (!labeledCompanies.isEmpty()) {
                companyChecked++;
                boolean right = labeledCompanies.stream().allMatch(gold ->
                        predictedCompanies.stream().anyMatch(guess -> CompanyNames.sameCompany(guess, gold)));
                if (right) {
                    companyRight++;
                } else {
                    error(EvalError.Kind.WRONG_COMPANY, item, type, predictedCompanies, labeledCompanies);
                }
            }
        }

        private void add(LabeledItem item, TriggerType type, Counts counts) {
            micro = micro.plus(counts);
            byType.merge(type, counts, Counts::plus);
            byLanguage.merge(item.lang(), counts, Counts::plus);
            byTypeAndLanguage.get(type).merge(item.lang(), counts, Counts::plus);
            byKind.merge(String.valueOf(item.kind()), counts, Counts::plus);
        }

        private void error(EvalError.Kind kind, LabeledItem item, TriggerType type, List<String> predicted,
                           List<String> gold) {
            errors.add(new EvalError(kind, item.id(), item.lang(), type, joined(predicted), joined(gold),
                    textStart(item.text())));
        }

        Report report(int items, List<String> unknownIds) {
            Map<TriggerType, Map<String, Counts>> typeAndLanguage = new EnumMap<>(TriggerType.class);
            byTypeAndLanguage.forEach((type, counts) -> typeAndLanguage.put(type, frozen(counts)));
            return new Report(items, negativeItems, micro, frozen(byType), frozen(byLanguage),
                    Collections.unmodifiableMap(typeAndLanguage), frozen(byKind), frozen(byNegative), companyChecked,
                    companyRight, errors, unknownIds);
        }

        private static <K, V> Map<K, V> frozen(Map<K, V> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }

        private static String joined(List<String> companies) {
            return companies.isEmpty() ? null : String.join(" / ", new LinkedHashSet<>(companies));
        }

        private static String textStart(String text) {
            String flat = text.replaceAll("\\s+", " ").strip();
            return flat.codePointCount(0, flat.length()) <= TEXT_START ? flat
                    : flat.substring(0, flat.offsetByCodePoints(0, TEXT_START));
        }
    }
}

package dev.switchboard.plugins.triggers.company;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.detector.TriggerType;

/**
 * A learned choice among the {@link CompanyOptions} of a cue: a linear score over their features, one weight
 * per feature for every language plus one per feature and language and one per feature and trigger type; the
 * option with the highest score is the company. The weights are a conditional logit (softmax over a cue's
 * options) fitted to the labeled tuning sets by {@code CompanyRankerTraining} (in the plugin's tests, see the
 * plugin README) and read from {@value #RESOURCE}. Immutable and thread-safe.
 *
 * <p>The file has one {@code feature weight}, {@code language.feature weight} or {@code type.feature weight} pair
 * per line ({@code type} a {@link TriggerType#code()}), separated by white space; {@code #} starts a comment. An
 * unknown feature, language or type, a second weight for the same key,
 * or a weight that is no finite number is an error that names the line.
 */
public final class CompanyRanker {

    public static final String RESOURCE = "company/ranker-weights.txt";
    public static final List<String> LANGUAGES = List.of("en", "de", "cs", "pl", "ru");
    /** The trigger types by code, in the order of {@link TriggerType}: each may have weights of its own. */
    public static final List<String> TYPES = Arrays.stream(TriggerType.values()).map(TriggerType::code).toList();

    private static volatile CompanyRanker shared;

    private final double[] all;
    /** Weights of a language or a trigger type, by its code. */
    private final Map<String, double[]> byScope;

    /** {@code byScope}: weights of a language ({@link #LANGUAGES}) or a trigger type ({@link #TYPES}), by code. */
    public CompanyRanker(double[] all, Map<String, double[]> byScope) {
        this.all = all.clone();
        this.byScope = new HashMap<>();
        byScope.forEach((scope, weights) -> this.byScope.put(scope, weights.clone()));
    }

    /** The ranker of this plugin's resources, read on first use. */
    public static CompanyRanker shared() {
        CompanyRanker result = shared;
        if (result == null) {
            synchronized (CompanyRanker.class) {
                result = shared;
                if (result == null) {
                    try (InputStream in = CompanyRanker.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException(RESOURCE + " is missing from the plugin");
                        }
                        result = read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    shared = result;
                }
            }
        }
        return result;
    }

    /** Reads a weights file; {@code source} names it in errors. */
    public static CompanyRanker read(BufferedReader reader, String source) throws IOException {
        int size = CompanyOptions.FEATURES.size();
        double[] all = new double[size];
        Map<String, double[]> byScope = new HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException(source + ":" + number + ": expected 'feature weight', got '" + text + "'");
            }
            String key = parts[0];
            double[] target = all;
            int dot = key.indexOf('.');
            if (dot > 0) {
                String scope = key.substring(0, dot);
                if (!LANGUAGES.contains(scope) && !TYPES.contains(scope)) {
                    throw new IllegalArgumentException(source + ":" + number + ": unknown language or trigger type '"
                            + scope + "'");
                }
                target = byScope.computeIfAbsent(scope, l -> new double[size]);
                key = key.substring(dot + 1);
            }
            int index = CompanyOptions.FEATURES.indexOf(key);
            if (index < 0) {
                throw new IllegalArgumentException(source + ":" + number + ": unknown feature '" + key + "'");
            }
            if (!seen.add(parts[0])) {
                throw new IllegalArgumentException(source + ":" + number + ": '" + parts[0] + "' has a weight already");
            }
            double weight;
            try {
                weight = Double.parseDouble(parts[1]);
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (!Double.isFinite(weight)) {
                throw new IllegalArgumentException(source + ":" + number + ": '" + parts[1] + "' is no number");
            }
            target[index] = weight;
        }
        return new CompanyRanker(all, byScope);
    }

    /**
     * The option's score in a language for a trigger type: the common weights plus the language's and the type's
     * (a language or type without weights of its own adds none).
     */
    public double score(double[] features, String language, TriggerType type) {
        double[] own = byScope.get(language);
        double[] typed = type == null ? null : byScope.get(type.code());
        double score = 0;
        for (int i = 0; i < features.length; i++) {
            score += features[i] * (all[i] + (own == null ? 0 : own[i]) + (typed == null ? 0 : typed[i]));
        }
        return score;
    }

    /**
     * The company among the options of a cue of {@code type} ({@code null}: the common and language weights only):
     * the best-scoring one, the rule's choice on a tie; {@code null} when there are no options. What the
     * hand-weighted rules chose, and whether an option stands away from the cue's sentence when they chose a
     * name in it, are features ({@code rule_choice}, {@code away_from_rule}) with fitted weights, not margins.
     */
    public CompanyOptions.Option choose(List<CompanyOptions.Option> options, String language, TriggerType type) {
        CompanyOptions.Option best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (CompanyOptions.Option option : options) {
            double score = score(option.features(), language, type);
            if (score > bestScore || score == bestScore && option.ruleChoice() && !best.ruleChoice()) {
                best = option;
                bestScore = score;
            }
        }
        return best;
    }
}

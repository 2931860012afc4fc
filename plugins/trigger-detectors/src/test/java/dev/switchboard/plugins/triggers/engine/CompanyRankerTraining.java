package dev.switchboard.plugins.triggers.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.switchboard.plugins.triggers.company.CompanyOptions;
import dev.switchboard.plugins.triggers.company.CompanyRanker;
import dev.switchboard.plugins.triggers.lexicon.Lexicons;
import dev.switchboard.plugins.triggers.morph.Dictionaries;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.eval.LabeledItem;
import dev.switchboard.sdk.testkit.eval.LabeledSet;
import dev.switchboard.sdk.testkit.eval.LabeledTrigger;
import dev.switchboard.sdk.text.CompanyNames;

/**
 * Fits the {@link CompanyRanker}'s weights to labeled sets, and measures the fit by leaving one set out at a time.
 *
 * <p>Every cue of a type the item is labeled with is one choice: its {@link CompanyOptions}, of which those
 * that name the labeled company (by {@link CompanyNames#sameCompany}) are right. The model is a conditional
 * logit: the probability of an option is the softmax of its score over the cue's options, and the fit
 * maximizes the log-probability of the right ones (choices with no right option are left out), with an L2
 * penalty, by full-batch Adam from zero weights, so the same sets always give the same weights.
 *
 * <pre>
 * java -cp … dev.switchboard.plugins.triggers.engine.CompanyRankerTraining [--cross-validate [--errors]] [--out FILE] SET.jsonl…
 * </pre>
 * With {@code --cross-validate}, prints for each set how many of its (item, type) pairs the hand-weighted rule
 * and the ranker fitted to the other sets name right, and with {@code --errors} every choice that ranker gets
 * wrong (each option's score and features, {@code *} on the right ones); with {@code --out}, writes the weights
 * fitted to all sets.
 */
public final class CompanyRankerTraining {

    static final int ITERATIONS = 500;
    static final double L2 = 0.001;
    static final double RATE = 0.05;
    private static final List<String> LANGUAGES = CompanyRanker.LANGUAGES;
    private static final List<String> SCOPES = java.util.stream.Stream.concat(LANGUAGES.stream(),
            CompanyRanker.TYPES.stream()).toList();

    /** One cue's choice: the options' features, which are right, and whether the rule's choice was. */
    record Choice(String set, String key, int language, TriggerType type, double[][] features, boolean[] right, boolean ruleRight,
                  String[] names, String gold, String rule) {

        boolean learnable() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    private CompanyRankerTraining() {
    }

    public static void main(String[] args) throws IOException {
        boolean crossValidate = false;
        boolean errors = false;
        Path out = null;
        List<Path> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cross-validate" -> crossValidate = true;
                case "--errors" -> errors = true;
                case "--out" -> out = Path.of(args[++i]);
                default -> sets.add(Path.of(args[i]));
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (Path set : sets) {
            choices.addAll(choices(set));
        }
        if (crossValidate) {
            crossValidate(choices, System.out, errors);
        }
        if (out != null) {
            double[] weights = fit(choices);
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                writer.write(format(weights, sets));
            }
        }
    }

    /** The choices of one labeled set, or of one file of examples ({@code examples/<name>.txt}). */
    static List<Choice> choices(Path file) throws IOException {
        String set = file.getFileName().toString().replace("-set.jsonl", "");
        List<Choice> choices = new ArrayList<>();
        Settings settings = Settings.defaults();
        List<LabeledItem> items = file.toString().endsWith(".txt") ? examples(file) : LabeledSet.read(file);
        for (LabeledItem item : items) {
            int language = LANGUAGES.indexOf(item.lang());
            Document document = new Document(item.id(), item.text(), item.lang(), item.kind(), null, null, Map.of());
            DocumentRun.detect(document, settings, Lexicons.shared(), Dictionaries.shared(),
                    (cue, companies, firstPerson, pick) -> {
                        List<String> gold = new ArrayList<>();
                        for (LabeledTrigger trigger : item.triggers()) {
                            String company = trigger.company() != null ? trigger.company() : item.company();
                            if (trigger.type() == cue.type() && company != null) {
                                gold.add(company);
                            }
                        }
                        if (gold.isEmpty() || cue.apply()) {
                            return;
                        }
                        List<CompanyOptions.Option> options = companies.options(cue.sentence(), cue.start(),
                                cue.end(), cue.gapStart(), cue.gapEnd(), firstPerson, pick);
                        double[][] features = new double[options.size()][];
                        boolean[] right = new boolean[options.size()];
                        String[] names = new String[options.size()];
                        for (int o = 0; o < options.size(); o++) {
                            features[o] = options.get(o).features();
                            right[o] = names(options.get(o).name(), gold);
                            names[o] = options.get(o).name();
                        }
                        choices.add(new Choice(set, item.id() + " " + cue.type(), language, cue.type(), features, right,
                                pick != null && names(pick.name(), gold), names, String.join("/", gold),
                                pick == null ? null : pick.name()));
                    });
        }
        return choices;
    }

    /**
     * The positive examples of an examples file ({@code language | type=Company;type=Company | text}) as labeled
     * items; negatives ({@code -}), examples without a company ({@code ?}) or without a language are left out.
     */
    static List<LabeledItem> examples(Path file) throws IOException {
        List<LabeledItem> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s*\\|\\s*", 3);
            if (parts.length < 3 || parts[0].equals("?") || parts[1].equals("-")) {
                continue;
            }
            List<LabeledTrigger> triggers = new ArrayList<>();
            for (String expected : parts[1].split("\\s*;\\s*")) {
                String company = expected.substring(expected.indexOf('=') + 1);
                if (!company.equals("?")) {
                    triggers.add(new LabeledTrigger(
                            TriggerType.ofCode(expected.substring(0, expected.indexOf('='))),
                            company));
                }
            }
            items.add(new LabeledItem(file.getFileName() + ":" + (n + 1), parts[0].strip(), "example",
                    parts[2].replace("\\n", "\n"), null,
                    triggers, null, null));
        }
        return items;
    }

    private static boolean names(String name, List<String> gold) {
        return gold.stream().anyMatch(company -> CompanyNames.sameCompany(name, company));
    }

    /**
     * Weights for all ({@code [0, F)}), then per language ({@code [F(1 + l), F(2 + l))}), then per trigger type
     * ({@code [F(1 + L + t), F(2 + L + t))}).
     */
    static double[] fit(List<Choice> choices) {
        int size = CompanyOptions.FEATURES.size();
        List<Choice> learnable = choices.stream().filter(Choice::learnable).toList();
        double[] w = new double[size * (1 + SCOPES.size())];
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        for (int t = 1; t <= ITERATIONS; t++) {
            double[] gradient = new double[w.length];
            for (Choice choice : learnable) {
                double[] p = probabilities(w, choice);
                double rightMass = 0;
                for (int o = 0; o < p.length; o++) {
                    rightMass += choice.right()[o] ? p[o] : 0;
                }
                int own = size * (1 + choice.language());
                int typed = size * (1 + LANGUAGES.size() + choice.type().ordinal());
                for (int o = 0; o < p.length; o++) {
                    double g = (p[o] - (choice.right()[o] ? p[o] / rightMass : 0)) / learnable.size();
                    double[] f = choice.features()[o];
                    for (int i = 0; i < size; i++) {
                        gradient[i] += g * f[i];
                        gradient[own + i] += g * f[i];
                        gradient[typed + i] += g * f[i];
                    }
                }
            }
            for (int i = 0; i < w.length; i++) {
                double g = gradient[i] + L2 * w[i];
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                w[i] -= RATE * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
        return w;
    }

    private static double[] probabilities(double[] w, Choice choice) {
        int size = CompanyOptions.FEATURES.size();
        int own = size * (1 + choice.language());
        int typed = size * (1 + LANGUAGES.size() + choice.type().ordinal());
        double[] scores = new double[choice.features().length];
        double max = Double.NEGATIVE_INFINITY;
        for (int o = 0; o < scores.length; o++) {
            double s = 0;
            for (int i = 0; i < size; i++) {
                s += choice.features()[o][i] * (w[i] + w[own + i] + w[typed + i]);
            }
            scores[o] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = Math.exp(scores[o] - max);
            sum += scores[o];
        }
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= sum;
        }
        return scores;
    }

    /** Leave one set out: fit to the others, count the (item, type) pairs of the left-out set named right. */
    static void crossValidate(List<Choice> choices, PrintStream out, boolean errors) {
        Map<String, List<Choice>> bySet = new LinkedHashMap<>();
        choices.forEach(choice -> bySet.computeIfAbsent(choice.set(), s -> new ArrayList<>()).add(choice));
        int pairs = 0;
        int ruleTotal = 0;
        int rankerTotal = 0;
        for (Map.Entry<String, List<Choice>> set : bySet.entrySet()) {
            List<Choice> others = choices.stream().filter(choice -> !choice.set().equals(set.getKey())).toList();
            CompanyRanker ranker = ranker(fit(others));
            Map<String, boolean[]> byPair = new LinkedHashMap<>();
            for (Choice choice : set.getValue()) {
                boolean[] counts = byPair.computeIfAbsent(choice.key(), k -> new boolean[2]);
                counts[0] |= choice.ruleRight();
                boolean right = rankerRight(ranker, choice);
                counts[1] |= right;
                if (errors && !right) {
                    printError(ranker, choice, out);
                }
            }
            int rule = (int) byPair.values().stream().filter(c -> c[0]).count();
            int ranked = (int) byPair.values().stream().filter(c -> c[1]).count();
            out.printf(Locale.ROOT, "%-12s pairs %4d  rule %4d  ranker %4d%n", set.getKey(), byPair.size(), rule, ranked);
            pairs += byPair.size();
            ruleTotal += rule;
            rankerTotal += ranked;
        }
        out.printf(Locale.ROOT, "%-12s pairs %4d  rule %4d (%.1f%%)  ranker %4d (%.1f%%)%n", "all", pairs, ruleTotal,
                100.0 * ruleTotal / pairs, rankerTotal, 100.0 * rankerTotal / pairs);
    }

    /** One choice the ranker got wrong: the labeled company, the rule's choice and every option with its score. */
    private static void printError(CompanyRanker ranker, Choice choice, PrintStream out) {
        String language = LANGUAGES.get(choice.language());
        out.printf(Locale.ROOT, "ERR %s %s [%s] gold=%s rule=%s%n", choice.set(), choice.key(), language, choice.gold(),
                choice.rule());
        for (int o = 0; o < choice.names().length; o++) {
            StringBuilder facts = new StringBuilder();
            for (int i = 0; i < CompanyOptions.FEATURES.size(); i++) {
                double value = choice.features()[o][i];
                if (value != 0) {
                    facts.append(' ').append(CompanyOptions.FEATURES.get(i));
                    if (value != 1) {
                        facts.append('=').append(String.format(Locale.ROOT, "%.2f", value));
                    }
                }
            }
            out.printf(Locale.ROOT, "    %s %6.2f %s |%s%n", choice.right()[o] ? "*" : " ",
                    ranker.score(choice.features()[o], language, choice.type()), choice.names()[o], facts);
        }
    }

    private static boolean rankerRight(CompanyRanker ranker, Choice choice) {
        List<CompanyOptions.Option> options = new ArrayList<>();
        for (double[] features : choice.features()) {
            options.add(new CompanyOptions.Option(null, "", features));
        }
        CompanyOptions.Option chosen = ranker.choose(options, LANGUAGES.get(choice.language()), choice.type());
        return chosen == null || chosen.ruleChoice() ? choice.ruleRight() : choice.right()[options.indexOf(chosen)];
    }

    static CompanyRanker ranker(double[] w) {
        int size = CompanyOptions.FEATURES.size();
        Map<String, double[]> byScope = new LinkedHashMap<>();
        for (int l = 0; l < SCOPES.size(); l++) {
            double[] own = new double[size];
            System.arraycopy(w, size * (1 + l), own, 0, size);
            byScope.put(SCOPES.get(l), own);
        }
        double[] all = new double[size];
        System.arraycopy(w, 0, all, 0, size);
        return new CompanyRanker(all, byScope);
    }

    static String format(double[] w, List<Path> sets) {
        int size = CompanyOptions.FEATURES.size();
        StringBuilder text = new StringBuilder();
        text.append("# Weights of the company ranker (CompanyRanker), written by CompanyRankerTraining; do not edit.\n");
        text.append("# Fitted to: ");
        text.append(String.join(" ", sets.stream().map(p -> p.getFileName().toString()).toList())).append('\n');
        text.append(String.format(Locale.ROOT, "# %d iterations, L2 %s, rate %s%n", ITERATIONS, L2, RATE));
        for (int i = 0; i < size; i++) {
            text.append(String.format(Locale.ROOT, "%s %.4f%n", CompanyOptions.FEATURES.get(i), w[i]));
        }
        for (int l = 0; l < SCOPES.size(); l++) {
            for (int i = 0; i < size; i++) {
                text.append(String.format(Locale.ROOT, "%s.%s %.4f%n", SCOPES.get(l), CompanyOptions.FEATURES.get(i),
                        w[size * (1 + l) + i]));
            }
        }
        return text.toString();
    }
}

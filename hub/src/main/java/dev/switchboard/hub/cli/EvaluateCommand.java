package dev.switchboard.hub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.hub.detection.DetectionOutcome;
import dev.switchboard.hub.detection.DocumentText;
import dev.switchboard.hub.detection.TriggerDetection;
import dev.switchboard.hub.plugins.OfflineDetectors;
import dev.switchboard.sdk.model.Document;
import dev.switchboard.sdk.testkit.eval.EvalFormatException;
import dev.switchboard.sdk.testkit.eval.LabeledItem;
import dev.switchboard.sdk.testkit.eval.LabeledSet;
import dev.switchboard.sdk.testkit.eval.PredictedTrigger;
import dev.switchboard.sdk.testkit.eval.Predictions;
import dev.switchboard.sdk.testkit.eval.Report;
import dev.switchboard.sdk.testkit.eval.Targets;
import dev.switchboard.sdk.testkit.eval.TriggerEvaluation;

/**
 * {@code switchboard evaluate LABELS.jsonl [--errors] [--without-lang] [--predictions FILE]}: runs
 * the home's detector plugins over a labeled set (or reads the predictions of an earlier
 * {@code detect} run) and prints precision, recall and F1 per type, language and kind, micro-F1,
 * how often the company is named right, and the issue's targets that are not met. Exit 0 when
 * every target is met, 1 when one is not, 2 for a usage error or an unreadable file.
 */
public final class EvaluateCommand {

    static final String USAGE = "usage: switchboard evaluate LABELS.jsonl [--errors] [--without-lang] [--predictions FILE.jsonl]";

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public EvaluateCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** @return the process exit code */
    public int run(List<String> args) {
        Path labels = null;
        Path predictions = null;
        boolean errors = false;
        boolean withoutLang = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--errors" -> errors = true;
                case "--without-lang" -> withoutLang = true;
                case "--predictions" -> {
                    if (++i == args.size()) {
                        return usage("--predictions needs a file");
                    }
                    predictions = Path.of(args.get(i));
                }
                default -> {
                    if (arg.startsWith("--") || labels != null) {
                        return usage("unexpected argument '" + arg + "'");
                    }
                    labels = Path.of(arg);
                }
            }
        }
        if (labels == null) {
            return usage("no LABELS.jsonl given");
        }
        try {
            List<LabeledItem> gold = LabeledSet.read(labels);
            Map<String, List<PredictedTrigger>> predicted = predictions != null ? readPredictions(predictions)
                    : detect(gold, withoutLang);
            if (predicted == null) {
                return 2;
            }
            Report report = TriggerEvaluation.score(gold, predicted);
            report.print(out, errors);
            List<String> unmet = report.unmetTargets(Targets.ISSUE_DEFAULT);
            out.println(unmet.isEmpty() ? "every target is met" : "targets not met:");
            unmet.forEach(u -> out.println("  - " + u));
            out.flush();
            return unmet.isEmpty() ? 0 : 1;
        } catch (NoSuchFileException e) {
            err.println("switchboard evaluate: no such file: " + e.getFile());
            return 2;
        } catch (EvalFormatException e) {
            err.println("switchboard evaluate: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("switchboard evaluate: " + e.getMessage());
            return 2;
        }
    }

    private static Map<String, List<PredictedTrigger>> readPredictions(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return Predictions.read(reader, file.toString());
        }
    }

    /** The home's detectors over every labeled text; {@code null} when there are none (reported). */
    private Map<String, List<PredictedTrigger>> detect(List<LabeledItem> gold, boolean withoutLang) throws IOException {
        CommandHome home = CommandHome.resolve(env);
        try (OfflineDetectors detectors = OfflineDetectors.load(home.pluginsDir(), home.configDir(), home.home(),
                Clock.systemUTC(), Duration.ofSeconds(10))) {
            detectors.problems().forEach(p -> err.println("switchboard evaluate: " + p));
            if (detectors.detectorIds().isEmpty()) {
                err.println("switchboard evaluate: no trigger detector plugin in " + home.pluginsDir());
                return null;
            }
            Map<String, List<PredictedTrigger>> predicted = new LinkedHashMap<>();
            for (LabeledItem item : gold) {
                Document document = new Document(item.id(), DocumentText.plain(item.text()),
                        withoutLang ? null : item.lang(), item.kind(), null, null, null);
                DetectionOutcome outcome = TriggerDetection.merge(document, detectors.detect(document));
                predicted.put(item.id(), outcome.triggers().stream()
                        .map(t -> new PredictedTrigger(t.type(), t.confidence(), t.company(), t.evidence())).toList());
            }
            return predicted;
        }
    }

    private int usage(String problem) {
        err.println("switchboard evaluate: " + problem + "\n" + USAGE);
        return 2;
    }
}

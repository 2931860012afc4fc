package dev.switchboard.hub.forms;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.home.SwitchboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The forms in {@code <config-dir>/forms/*.yaml}. Read at start and again whenever a file's
 * modification time changes: checked (one directory listing) by a lookup at most once per
 * {@link #RECHECK_INTERVAL} (every submission listing the folder made them queue on it), and by a
 * lookup of a form not known yet. A file that fails to read keeps its last good version serving,
 * and its problems are logged and shown in health.
 */
@Component
public class FormRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FormRegistry.class);

    private final Path folder;
    private final FormFileParser parser;
    private final Map<String, FileTime> seen = new ConcurrentHashMap<>();
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();
    private final Map<String, List<FormProblem>> problems = new ConcurrentHashMap<>();
    /** How long a lookup trusts the files it last checked: a changed form is live within about this. */
    static final Duration RECHECK_INTERVAL = Duration.ofSeconds(1);
    private volatile long checkedAt;

    FormRegistry(SwitchboardProperties paths, CrmProperties crm, Environment environment) {
        this.folder = paths.configDir().resolve("forms");
        Set<String> owners = crm.owners().stream().map(CrmProperties.Owner::id).collect(Collectors.toSet());
        this.parser = new FormFileParser(owners, environment::getProperty, FormFileParser.templatesBeside(folder));
        refresh();
    }

    /** The form with this id, its last good version when the file is broken now. */
    public Optional<FormDefinition> find(String id) {
        if (System.nanoTime() - checkedAt >= RECHECK_INTERVAL.toNanos() || !forms.containsKey(id)) {
            refresh();
        }
        return Optional.ofNullable(forms.get(id));
    }

    /** Every form that reads, by id. */
    public Map<String, FormDefinition> forms() {
        refresh();
        return Map.copyOf(forms);
    }

    /** The problems of the files that failed their latest read. */
    public List<FormProblem> problems() {
        refresh();
        return problems.values().stream().flatMap(List::stream).toList();
    }

    /** Re-reads the files whose modification time changed; forgets deleted ones. */
    synchronized void refresh() {
        checkedAt = System.nanoTime();
        Map<String, FileTime> now = new HashMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".yaml")).toList()) {
                    now.put(file.getFileName().toString(), Files.getLastModifiedTime(file));
                }
            } catch (IOException e) {
                LOG.warn("forms: cannot list {}: {}", folder, e.toString());
                return;
            }
        }
        for (String gone : new ArrayList<>(seen.keySet())) {
            if (!now.containsKey(gone)) {
                seen.remove(gone);
                problems.remove(gone);
                forms.remove(gone.replaceFirst("\\.yaml$", ""));
            }
        }
        now.forEach((name, time) -> {
            if (!time.equals(seen.get(name))) {
                seen.put(name, time);
                read(name);
            }
        });
    }

    private void read(String name) {
        FormFileParser.Result result;
        try (Reader text = Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8)) {
            result = parser.parse(name, text);
        } catch (IOException e) {
            result = new FormFileParser.Result(null, List.of(new FormProblem(name, null, "cannot read: " + e.getMessage())));
        }
        if (result.form() != null) {
            forms.put(result.form().id(), result.form());
            problems.remove(name);
            LOG.info("forms: {} loaded", name);
        } else {
            problems.put(name, result.problems());
            boolean kept = forms.containsKey(name.replaceFirst("\\.yaml$", ""));
            LOG.warn("forms: {} has problems{}:\n  {}", name, kept ? " (its last good version keeps serving)" : "",
                    result.problems().stream().map(FormProblem::toString).collect(Collectors.joining("\n  ")));
        }
    }
}

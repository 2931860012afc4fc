package dev.switchboard.hub;

import java.nio.file.Path;
import java.util.Arrays;

import dev.switchboard.hub.cli.DedupeCommand;
import dev.switchboard.hub.cli.DetectCommand;
import dev.switchboard.hub.cli.EvaluateCommand;
import dev.switchboard.hub.cli.ValidateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Switchboard hub: a Spring Boot application hosting one CamelContext, the built-in CRM store
 * and the admin API. Each top-level package is one feature (home, crm, verbs, routes, events,
 * errors, security, web, ops, cli); their internals are package-private or in {@code internal} packages.
 *
 * <p>Command line: {@code [run] [--key=value ...]} starts the hub; {@code validate [HOME]} checks a
 * home's route files and configuration; {@code dedupe FILE.csv} clusters the people of a file; {@code detect [FILE]} runs the
 * trigger detectors over JSON Lines; {@code help} lists the commands.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SwitchboardApplication {

    static final String USAGE = """
            usage: switchboard [command] [options]
              run [--key=value ...]   start the hub (the default command); options override configuration keys
              dedupe [--region CC] FILE.csv
                                      cluster the people of a CSV file (record_id,source,first_name,last_name,
                                      email,phone,company,city) in memory; prints record_id,cluster_id
              dedupe --score [--errors] [--region CC] LABELED.csv
                                      the same on a file with a person_id column: pairwise precision, recall, F1
              detect [FILE.jsonl]     run the trigger detector plugins over JSON Lines {"id", "text", "lang"?, "source"?}
                                      (FILE or standard input); one line {"id", "triggers": [...]} per input
              evaluate LABELS.jsonl [--errors] [--without-lang] [--predictions FILE]
                                      score the detector plugins on a labeled set: P/R/F1 per type and language,
                                      company accuracy; exit 1 when a quality target is not met
              validate [HOME]         check config/application.yaml and every routes/*.camel.yaml of a home
                                      (default: SWITCHBOARD_HOME or the working directory); exit 1 on problems
              help                    this text""";

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 || args[0].startsWith("--") ? "run" : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "run" -> SpringApplication.run(SwitchboardApplication.class, rest);
            case "validate" -> {
                quiet();
                System.exit(new ValidateCommand(System.out).run(home(rest)));
            }
            case "dedupe" -> {
                quiet();
                System.exit(new DedupeCommand(System.out, System.err).run(Arrays.asList(rest)));
            }
            case "detect" -> {
                quiet();
                System.exit(new DetectCommand(System.in, System.out, System.err, System.getenv()).run(Arrays.asList(rest)));
            }
            case "evaluate" -> {
                quiet();
                System.exit(new EvaluateCommand(System.out, System.err, System.getenv()).run(Arrays.asList(rest)));
            }
            case "help", "-h" -> System.out.println(USAGE);
            default -> {
                System.err.println("switchboard: unknown command '" + command + "'\n" + USAGE);
                System.exit(2);
            }
        }
    }

    /** A command's output is its report; the libraries' INFO lines would only bury it. */
    private static void quiet() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
    }

    private static Path home(String[] rest) {
        if (rest.length > 0) {
            return Path.of(rest[0]).toAbsolutePath().normalize();
        }
        String env = System.getenv("SWITCHBOARD_HOME");
        return Path.of(env == null || env.isBlank() ? "" : env).toAbsolutePath().normalize();
    }
}

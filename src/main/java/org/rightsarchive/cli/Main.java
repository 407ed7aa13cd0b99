package org.rightsarchive.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code archive} command line. */
@Command(
        name = "archive",
        mixinStandardHelpOptions = true,
        version = "Rights Archive 0.1",
        description = "Searchable bilingual human-rights archive and topic-tagging engine.",
        subcommands = {
            IndexCommand.class,
            CrawlCommand.class,
            ImportCommand.class,
            SearchCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            BenchCommand.class,
            AnnotateCommand.class,
            EvalCommand.class,
            TrainTopicsCommand.class,
            SolrCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Users get one clear line; the stack trace only with ARCHIVE_DEBUG set.
            commandLine.getErr().println("archive: " + CliErrors.describe(e));
            if (System.getenv("ARCHIVE_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return e instanceof UserError ue ? ue.exitCode() : 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("archive: " + e.getMessage() + " (see --help)");
            return 2;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}

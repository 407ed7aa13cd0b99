package org.rightsarchive.cli;

import picocli.CommandLine.Command;

/** {@code archive eval}: scores the annotators against gold data. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score extraction against gold data and print precision, recall and F1.",
        subcommands = {EvalEntitiesCommand.class, EvalTopicsCommand.class})
public final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

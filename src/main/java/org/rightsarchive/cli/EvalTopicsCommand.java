package org.rightsarchive.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code archive eval topics}: not written yet. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Score topics against gold data.")
public final class EvalTopicsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("eval topics is not available yet", 1);
    }
}

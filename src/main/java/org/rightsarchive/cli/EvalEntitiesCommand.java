package org.rightsarchive.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code archive eval entities}: not written yet. */
@Command(name = "entities", mixinStandardHelpOptions = true, description = "Score entities against gold data.")
public final class EvalEntitiesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("eval entities is not available yet", 1);
    }
}

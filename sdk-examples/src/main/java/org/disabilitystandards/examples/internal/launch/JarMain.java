package org.disabilitystandards.examples.internal.launch;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disabilitystandards.examples.cli.Dsds;

/**
 * The main class of {@code dsds.jar} (docs/performance.md, round 5). A plain {@code java -jar dsds.jar ...}
 * cannot choose its JVM options, and the JVM's defaults (a heap sized from the machine's RAM, G1, tiered
 * compilation, every class loaded and verified from the jar) make short runs slow and long runs large.
 * When the JVM was started exactly as {@code java -jar dsds.jar ARGS} (no JVM option, no
 * {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}), this class runs dsds once more in a child JVM of
 * the same {@code java}, with the launcher's options and its start-up archive ({@link RelaunchPlan}), the
 * standard streams inherited, and exits with the child's exit code; otherwise, or if the child cannot be
 * started, it runs {@link Dsds#main} in this JVM. {@code DSDS_RELAUNCH=off} keeps dsds in this JVM.
 */
public final class JarMain {

    private JarMain() {
    }

    /**
     * Runs dsds, in a child JVM where that is planned, else here.
     *
     * @param args the command line of dsds
     */
    public static void main(String[] args) {
        if (RelaunchPlan.isRelaunchedOrOff(System.getenv())) {
            // the child of a relaunch (or relaunching switched off): no need to read this process's command line
            Dsds.main(args);
            return;
        }
        OwnCommandLine self = OwnCommandLine.current();
        Optional<RelaunchPlan> plan = RelaunchPlan.of(self.command(), self.arguments(), List.of(args),
                System.getenv(), RelaunchPlan.currentJdk());
        if (plan.isPresent()) {
            Optional<Integer> exit = run(plan.get());
            if (exit.isPresent()) {
                Dsds.exit(exit.get());
            }
        }
        Dsds.main(args);
    }

    /** Runs the plan's child; empty if it could not be started. */
    private static Optional<Integer> run(RelaunchPlan plan) {
        plan.prepareArchive();
        ProcessBuilder builder = new ProcessBuilder(plan.command()).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put(RelaunchPlan.RELAUNCHED, "1");
        Process child;
        try {
            child = builder.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Thread stopChild = new Thread(new StopChild(child), "dsds-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                child.destroy();
            }
        }
    }

    /**
     * Stops the child when this JVM is stopped (a class, not a lambda: the parent JVM runs this code once,
     * and bootstrapping a lambda there costs more than the whole relaunch plan).
     */
    private static final class StopChild implements Runnable {
        private final Process child;

        StopChild(Process child) {
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }
}

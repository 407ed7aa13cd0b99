package org.rightsarchive.index.solr;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real SolrCloud cluster for tests: the {@code solr-cluster} launcher (MiniSolrCloudCluster, embedded ZooKeeper,
 * nodes on 127.0.0.1) in a child JVM, so Solr's Lucene 9 never meets this module's Lucene 10. The first use in a
 * JVM builds {@code solr-cluster/} with Maven (downloading Solr from Maven Central on a fresh machine); when that
 * cannot be done (no Maven, no network) the calling test is skipped, not failed. Closing the cluster closes the
 * child's stdin, which stops it; a crashed test run leaves no cluster behind either.
 */
public final class SolrTestCluster implements AutoCloseable {
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(1);
    private static String classpath;

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(64);
    private final List<String> nodeUrls = new ArrayList<>();
    private final Path log;
    private String zk;

    private SolrTestCluster(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readLines, "solr-test-cluster-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a cluster of {@code nodes} nodes, or aborts the calling test when none can be started here. */
    public static SolrTestCluster start(int nodes, Path workDir) throws IOException, InterruptedException {
        String cp = classpath();
        // The log outlives the test's temporary directory, for post-mortems.
        Path logs = Files.createDirectories(projectHome().resolve("target/solr-test-logs"));
        Path log = logs.resolve("cluster-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".log");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "--enable-native-access=ALL-UNNAMED",
                        "-Dsolr.log.dir=" + workDir,
                        "-Djava.net.preferIPv4Stack=true",
                        "-Dhost=127.0.0.1",
                        "-cp",
                        cp,
                        "org.rightsarchive.solrcluster.ClusterLauncher",
                        workDir.resolve("cluster").toString(),
                        Integer.toString(nodes))
                .redirectError(log.toFile());
        SolrTestCluster cluster = new SolrTestCluster(pb.start(), log);
        try {
            cluster.awaitReady();
        } catch (IOException | RuntimeException | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IOException("Solr test cluster did not start within " + START_TIMEOUT + "; log: " + log);
            }
            if (line.startsWith("zk ")) {
                zk = line.substring(3);
            } else if (line.startsWith("node ")) {
                nodeUrls.add(line.split(" ", 3)[2]);
            } else if (line.equals("ready")) {
                return;
            } else if (line.equals("<eof>")) {
                throw new IOException("Solr test cluster exited at start; log: " + log + "\n" + tail());
            }
        }
    }

    private void readLines() {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.put(line);
            }
        } catch (IOException | InterruptedException e) {
            // the child is gone; "<eof>" below tells the waiter
        }
        lines.offer("<eof>");
    }

    /** ZooKeeper address with chroot, {@code 127.0.0.1:PORT/solr}. */
    public String zkAddress() {
        return zk;
    }

    /** Base URLs of the nodes, in node order. */
    public List<String> nodeUrls() {
        return List.copyOf(nodeUrls);
    }

    /** Stops node {@code i} (its replicas become unreachable) and waits until it is down. */
    public void stopNode(int i) throws IOException, InterruptedException {
        command("stop " + i, "stopped " + i);
    }

    /** Starts node {@code i} again and waits until it is live. */
    public void startNode(int i) throws IOException, InterruptedException {
        command("start " + i, "started " + i);
    }

    private void command(String command, String expected) throws IOException, InterruptedException {
        commands.write(command + "\n");
        commands.flush();
        String answer = lines.poll(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer == null || !answer.startsWith(expected)) {
            throw new IOException("cluster answered '" + answer + "' to '" + command + "'; log: " + log);
        }
    }

    /** The last lines of the cluster's log, for failure messages. */
    public String tail() throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    }

    @Override
    public void close() throws IOException {
        try {
            commands.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Compiles the launcher project once per JVM and returns its runtime classpath; aborts the test if impossible. */
    static synchronized String classpath() throws InterruptedException {
        if (classpath != null) {
            return classpath;
        }
        Path project = projectHome().resolve("solr-cluster");
        if (!Files.isRegularFile(project.resolve("pom.xml"))) {
            abort("no solr-cluster/pom.xml under " + projectHome());
        }
        Path cpFile = project.resolve("target/classpath.txt");
        String mvn = System.getProperty("maven.home") != null
                ? Path.of(System.getProperty("maven.home"), "bin", "mvn").toString()
                : "mvn";
        ProcessBuilder pb = new ProcessBuilder(
                        mvn,
                        "-B",
                        "-q",
                        "-f",
                        project.resolve("pom.xml").toString(),
                        "compile",
                        "dependency:build-classpath",
                        "-Dmdep.outputFile=" + cpFile)
                .redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path buildLog = project.resolve("target/build.log");
        try {
            Files.createDirectories(buildLog.getParent());
            pb.redirectOutput(buildLog.toFile());
            Process p = pb.start();
            if (!p.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                abort("building solr-cluster took more than " + BUILD_TIMEOUT + "; see " + buildLog);
            }
            if (p.exitValue() != 0) {
                abort("cannot build solr-cluster (offline, or no Maven?): see " + buildLog);
            }
            classpath = project.resolve("target/classes")
                    + java.io.File.pathSeparator
                    + Files.readString(cpFile, StandardCharsets.UTF_8).strip();
            return classpath;
        } catch (IOException e) {
            abort("cannot run Maven to build solr-cluster: " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }

    private static Path projectHome() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir"))
                .toAbsolutePath();
    }
}

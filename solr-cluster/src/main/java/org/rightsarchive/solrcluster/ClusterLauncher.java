package org.rightsarchive.solrcluster;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Starts a small SolrCloud cluster (embedded ZooKeeper, N Jetty nodes on 127.0.0.1, random ports) for the tests of
 * the main project, which runs it as a child JVM so Solr's Lucene 9 and Jetty 10 never share its classpath.
 *
 * <p>Protocol, one line each on stdout (logs go to stderr): {@code zk HOST:PORT/solr}, then {@code node I URL} per
 * node, then {@code ready}. Commands on stdin: {@code stop I} and {@code start I} stop or restart node I and answer
 * {@code stopped I} / {@code started I URL}. When stdin closes (the parent ended, even by a crash), the cluster shuts
 * down and the JVM exits, so no test leaves a cluster behind.
 *
 * <p>Usage: {@code ClusterLauncher BASE_DIR [NODES]}.
 */
public final class ClusterLauncher {
    private ClusterLauncher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ClusterLauncher BASE_DIR [NODES]");
            System.exit(2);
        }
        Path base = Files.createDirectories(Path.of(args[0]));
        int nodes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        // Keep stdout for the protocol only.
        System.setOut(System.err);
        MiniSolrCloudCluster cluster =
                new MiniSolrCloudCluster(nodes, base, JettyConfig.builder().build());
        try {
            out.println("zk " + cluster.getZkServer().getZkAddress());
            List<JettySolrRunner> jetties = cluster.getJettySolrRunners();
            for (int i = 0; i < jetties.size(); i++) {
                out.println("node " + i + " " + jetties.get(i).getBaseUrl());
            }
            out.println("ready");
            serve(cluster, out);
        } finally {
            cluster.shutdown();
        }
        System.exit(0);
    }

    private static void serve(MiniSolrCloudCluster cluster, PrintStream out) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.strip().split("\\s+");
            try {
                if (words.length == 2 && words[0].equals("stop")) {
                    int i = Integer.parseInt(words[1]);
                    JettySolrRunner jetty = cluster.getJettySolrRunner(i);
                    jetty.stop();
                    cluster.waitForJettyToStop(jetty);
                    out.println("stopped " + i);
                } else if (words.length == 2 && words[0].equals("start")) {
                    int i = Integer.parseInt(words[1]);
                    JettySolrRunner jetty = cluster.getJettySolrRunner(i);
                    jetty.start(true);
                    cluster.waitForNode(jetty, 60);
                    out.println("started " + i + " " + jetty.getBaseUrl());
                } else {
                    out.println("error unknown command: " + line);
                }
            } catch (Exception e) {
                out.println("error " + e);
            }
        }
    }
}

package org.rightsarchive.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Instant;
import java.util.List;

/**
 * Where and when a benchmark ran, written beside its figures.
 *
 * @param cores available processors
 * @param memoryBytes physical memory, or -1 when the JVM cannot tell
 * @param maxHeapBytes the JVM's heap limit
 * @param jdk vendor and version of the JVM
 * @param os operating system and architecture
 * @param loadAverage system load average over the last minute when the run started (others share the machine)
 * @param startedAt when the run started (ISO instant, UTC)
 * @param jvmArguments the JVM's input arguments
 */
public record Machine(
        int cores,
        long memoryBytes,
        long maxHeapBytes,
        String jdk,
        String os,
        double loadAverage,
        String startedAt,
        List<String> jvmArguments) {
    /** This machine, now. */
    public static Machine current() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                memory,
                Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.vendor") + " " + Runtime.version(),
                os.getName() + " " + os.getVersion() + " " + os.getArch(),
                os.getSystemLoadAverage(),
                Instant.now().toString(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}

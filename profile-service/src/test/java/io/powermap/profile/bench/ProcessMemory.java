package io.powermap.profile.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory of a process from /proc, in MiB: resident now and at its peak (VmRSS, VmHWM), and its
 * proportional share (Pss, shared pages divided among the processes that map them, so PostgreSQL's
 * shared buffers are not counted once per backend). -1 where /proc has no answer.
 */
record ProcessMemory(long residentMib, long peakMib, long proportionalMib) {

    static ProcessMemory of(long pid) {
        return new ProcessMemory(field(pid, "status", "VmRSS:"), field(pid, "status", "VmHWM:"),
            field(pid, "smaps_rollup", "Pss:"));
    }

    /** PostgreSQL's postmaster and its live backends together, by proportional share. */
    static long postgresProportionalMib(long postmaster) {
        long total = Math.max(0, field(postmaster, "smaps_rollup", "Pss:"));
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            if (process.parent().map(parent -> parent.pid() == postmaster).orElse(false)) {
                total += Math.max(0, field(process.pid(), "smaps_rollup", "Pss:"));
            }
        }
        return total;
    }

    private static long field(long pid, String file, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not ours to read
        }
        return -1;
    }
}

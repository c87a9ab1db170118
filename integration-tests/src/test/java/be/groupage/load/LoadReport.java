package be.groupage.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The figures of one run as a Markdown table, in the order they were measured. */
final class LoadReport {

    private record Row(String step, String figure, String note) {
    }

    private final LoadSettings settings;
    private final Instant started;
    private final String loadAtStart;
    private final List<Row> rows = new ArrayList<>();
    private String outcome = "running";

    LoadReport(LoadSettings settings, Instant started) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.started = Objects.requireNonNull(started, "started");
        this.loadAtStart = loadAverage();
    }

    synchronized void add(String step, String figure, String note) {
        rows.add(new Row(cell(step), cell(figure), note == null ? "" : cell(note)));
        System.out.printf(Locale.ROOT, "[load] %-40s %s %s%n", step, figure, note == null ? "" : "(" + note + ")");
    }

    synchronized void outcome(String outcome) {
        this.outcome = cell(Objects.requireNonNull(outcome, "outcome"));
    }

    /** A table cell holds no pipe and no line break. */
    private static String cell(String text) {
        return text.replace('|', '/').replace('\r', ' ').replace('\n', ' ');
    }

    synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Load run ").append(started.truncatedTo(ChronoUnit.SECONDS)).append('\n').append('\n');
        md.append(String.format(Locale.ROOT, "%,d members × %,d lines = %,d order lines, %,d products, %d clients, %s, %s;"
                        + " JDBC floor on %s; %d cores, Java %s, load average %s at the start, %s at the end. Outcome: %s.%n%n",
                settings.members(), settings.lines(), settings.orderLines(), settings.products(), settings.clients(),
                settings.rounding(), settings.url(), settings.jdbcUrl(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAtStart, loadAverage(), outcome));
        md.append("| step | figure | notes |\n|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ").append(r.step()).append(" | ").append(r.figure()).append(" | ").append(r.note()).append(" |\n");
        }
        return md.toString();
    }

    synchronized void write() {
        String md = markdown();
        System.out.println();
        System.out.println(md);
        try {
            Path file = settings.report().toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
            System.out.println("[load] report written to " + file);
        } catch (IOException e) {
            System.err.println("[load] could not write the report: " + e);
        }
    }

    /** The 1, 5 and 15 minute load averages of the machine (Linux), or "?" elsewhere. */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}

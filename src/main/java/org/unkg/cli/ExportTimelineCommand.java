package org.unkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.unkg.export.timeline.TimelineExporter;
import org.unkg.export.timeline.TimelineFormat;
import org.unkg.export.timeline.TimelineQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code unkg export timeline}: the events and mandate periods as CSV, JSON, TimelineJS or an HTML page. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Write the timeline of events and mandate periods (one row per event, with its letters and evidence),",
                "from the SPARQL queries in queries/timeline/. Filters combine; dates may be 2005, 2005-02 or 2005-02-10."})
final class ExportTimelineCommand implements Callable<Integer> {
    @Mixin
    BuiltDatabase database;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv, json, timelinejs or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--entity", paramLabel = "KEY", description = "Only rows about this body or state (its key, e.g. UNTOP); repeatable.")
    List<String> entities = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "Only this event type (establishment, extension, ..., or mandate for mandate periods); repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--subject", paramLabel = "SUBJECT",
            description = "Only rows from letters about this UNBIS Thesaurus subject or one under it (a label in any of its six "
                    + "languages, e.g. PEACEBUILDING, a notation or an IRI); repeatable.")
    List<String> subjects = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Only rows that reach this date or later.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only rows that start by this date.")
    String to;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "Labels in ar, en, fr, es, ru or zh; a body without a label in LANG shows its English one, else its Arabic one (default: ${DEFAULT-VALUE}).")
    String lang;

    @Mixin
    OutputFile output;

    @Override
    public Integer call() throws Exception {
        TimelineFormat fmt = TimelineFormat.of(format);
        TimelineQuery query = TimelineQuery.parse(entities, types, from, to, lang).withSubjects(subjects);
        Dataset ds = database.open();
        try {
            // rows are read (and sorted, on disk past a few thousand) before the file is opened, so a bad filter
            // leaves no empty file behind; they are written one at a time
            try (TimelineExporter.Selection rows = new TimelineExporter().select(ds, query)) {
                output.write(os -> fmt.writer().write(rows, query, os));
                if (rows.undatedLeftOut() > 0) {
                    System.err.println(rows.undatedLeftOut() + " undated events left out (no place on a time axis;"
                            + " queries/undated-events.rq lists them)");
                }
            }
        } finally {
            ds.close();
        }
        return 0;
    }
}

package io.powermap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Which files are documents ingest-service reads, and with which media type. */
public final class Documents {

    public record Selection(List<Path> documents, List<Path> skipped) {
    }

    private Documents() {
    }

    /** The media type ingest-service expects for a file, from its extension; empty when it reads no such file. */
    public static Optional<String> mediaType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.empty(); // annotations (*.gold.json) and other data beside documents
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        switch (extension) {
            case "txt": case "text": return Optional.of("text/plain");
            case "html": case "htm": return Optional.of("text/html");
            case "md": case "markdown": return Optional.of("text/markdown");
            case "pdf": return Optional.of("application/pdf");
            case "docx": return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            default: return Optional.empty();
        }
    }

    /**
     * The documents named: files as given, directories' files in name order (their sub-directories
     * only when recursive). Files whose name matches an exclude glob, or of a type ingest-service
     * does not read, are skipped; a file named explicitly with an unknown type is skipped too.
     */
    public static Selection select(List<Path> arguments, boolean recursive, List<String> excludes) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : excludes) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        List<Path> documents = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument, recursive ? Integer.MAX_VALUE : 1)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(file -> sort(file, matchers, documents, skipped));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + argument, e);
                }
            } else if (Files.isRegularFile(argument)) {
                sort(argument, matchers, documents, skipped);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + argument);
            }
        }
        return new Selection(documents, skipped);
    }

    private static void sort(Path file, List<PathMatcher> excludes, List<Path> documents, List<Path> skipped) {
        boolean excluded = excludes.stream().anyMatch(m -> m.matches(file.getFileName()));
        if (excluded || mediaType(file).isEmpty()) {
            skipped.add(file);
        } else {
            documents.add(file);
        }
    }
}

package io.powermap.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write profile-service's whole store to FILE (- for standard output), one JSON object a line.")
public class ExportCommand implements Callable<Integer> {

    enum Format { ndjson, ftm }

    @Mixin
    Connection connection;

    @Option(names = {"-f", "--format"}, defaultValue = "ndjson", description = "ndjson (powermap's shapes) or ftm (FollowTheMoney entities); default ${DEFAULT-VALUE}")
    Format format;

    @Parameters(index = "0", paramLabel = "FILE")
    String file;

    @Override
    public Integer call() throws Exception {
        HttpResponse<InputStream> response = connection.client().send(
            connection.request(connection.profile("/api/v1/export?format=" + format)).header("Accept", "application/x-ndjson").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            System.err.println("export failed: " + Importer.reason(response.statusCode(), body));
            return 1;
        }
        if ("-".equals(file)) {
            try (InputStream in = response.body()) {
                in.transferTo(System.out);
            }
            System.out.flush();
            return 0;
        }
        Path target = Path.of(file).toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        long lines = 0;
        long bytes = 0;
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("exported %d records (%d bytes, %s) to %s%n", lines, bytes, format, target);
        return 0;
    }
}

package io.powermap.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = "powermap", mixinStandardHelpOptions = true, version = "powermap 1.0.0-SNAPSHOT",
    description = "Bulk work against a running powermap: import documents, export the graph, search.",
    subcommands = { ImportCommand.class, ExportCommand.class, SearchCommand.class })
public class PowermapCommand {
}

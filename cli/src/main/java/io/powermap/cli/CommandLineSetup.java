package io.powermap.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import picocli.CommandLine;

/** One line instead of a stack trace when a service cannot be reached or a file cannot be read. */
@ApplicationScoped
public class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return factory.create().setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("powermap " + commandLine.getCommandName() + ": " + describe(e));
            return 1;
        });
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "cannot connect to the service (is it running? the URL options and POWERMAP_*_URL say where it is)";
            }
            if (t instanceof HttpTimeoutException) {
                return "the service did not answer in time";
            }
            if (t instanceof IllegalArgumentException || t instanceof IOException) {
                return t.getMessage() == null ? t.toString() : t.getMessage();
            }
        }
        return e.toString();
    }
}

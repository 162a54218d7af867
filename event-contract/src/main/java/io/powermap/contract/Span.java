package io.powermap.contract;

/** Character offsets [start, end) into {@link DocumentParsed#text()}. */
public record Span(int start, int end) {
}

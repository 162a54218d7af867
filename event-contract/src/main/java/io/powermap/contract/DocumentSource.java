package io.powermap.contract;

public record DocumentSource(String uri, String title, String mediaType, String copyright) {
}

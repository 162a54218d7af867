package io.powermap.contract;

public enum EntityType {
    ORGANIZATION, PERSON, LEGISLATION, CAMPAIGN
}

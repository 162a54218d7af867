package io.powermap.search.domain;

import java.util.List;

import io.powermap.contract.EntityType;

/** An organization sharing funders, members or leaders with another, and which ones. */
public record SimilarEntity(String id, EntityType type, String name, int shared, List<String> sharedFunders,
                            List<String> sharedMembers, List<String> sharedLeaders) {
}

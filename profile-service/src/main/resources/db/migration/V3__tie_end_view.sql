-- Every tie seen from each of its two ends: graph walks and an entity's relationship pages read
-- this; a predicate on entity_id reaches relationship_source and relationship_target_type.
create view tie_end as
    select id, type, source_id as entity_id, target_id as other_id, true as outgoing from relationship
    union all
    select id, type, target_id, source_id, false from relationship;

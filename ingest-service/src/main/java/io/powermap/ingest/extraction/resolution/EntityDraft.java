package io.powermap.ingest.extraction.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.powermap.contract.EntityType;
import io.powermap.ingest.extraction.mentions.Mention;

/** An entity while the document is being read: names merge into it, its type may still change. */
public final class EntityDraft {

    private static final Pattern GENERATION = Pattern.compile("I{1,3}|IV");

    public String name;
    public EntityType type;
    public int strength;
    public final Set<String> aliases = new LinkedHashSet<>();
    public final List<Mention> mentions = new ArrayList<>();
    public final Map<String, String> attributes = new LinkedHashMap<>();
    public EntityDraft mergedInto;
    public int firstStart = Integer.MAX_VALUE;

    public EntityDraft(String name) {
        this.name = name;
    }

    public EntityDraft root() {
        EntityDraft e = this;
        while (e.mergedInto != null) {
            e = e.mergedInto;
        }
        return e;
    }

    public void offerType(EntityType t, int s) {
        if (t != null && s > strength) {
            type = t;
            strength = s;
        }
    }

    public Set<String> allNames() {
        Set<String> all = new LinkedHashSet<>();
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    public String lastName() {
        String[] parts = name.split(" ");
        int i = parts.length - 1;
        while (i > 0 && (parts[i].equals("Jr.") || parts[i].equals("Sr.") || GENERATION.matcher(parts[i]).matches())) {
            i--;
        }
        return parts[i];
    }

    @Override
    public String toString() {
        return name + "/" + type;
    }
}

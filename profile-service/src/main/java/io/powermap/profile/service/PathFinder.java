package io.powermap.profile.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.powermap.profile.domain.GraphRows;
import io.powermap.profile.domain.GraphRows.Step;

/**
 * Shortest paths by a breadth-first search from both ends at once, always widening the smaller
 * frontier by one hop with one indexed query. The first hop at which the two searches meet gives
 * the length of the shortest paths; every shortest path runs through exactly one of the entities
 * met at that hop, so the paths are enumerated from those, up to k.
 */
@ApplicationScoped
public class PathFinder {

    /** Entities one search may reach before it gives up (a walk through hubs stays bounded). */
    static final int MAX_VISITED = 200_000;

    /** The tie ids and entity ids of one path, from its start to its end. */
    public record Found(List<UUID> nodes, List<UUID> ties) {
    }

    public record Result(List<Found> paths, boolean limitReached) {
    }

    private static final class Side {
        final Map<UUID, Integer> depth = new HashMap<>();
        final Map<UUID, List<Step>> parents = new HashMap<>();
        Set<UUID> frontier = new LinkedHashSet<>();
        int hops;

        Side(UUID start) {
            depth.put(start, 0);
            frontier.add(start);
        }
    }

    private final GraphRows rows;

    public PathFinder(GraphRows rows) {
        this.rows = rows;
    }

    public Result find(UUID from, UUID to, int maxHops, List<String> types, int k) {
        Side forward = new Side(from);
        Side backward = new Side(to);
        while (forward.hops + backward.hops < maxHops && !forward.frontier.isEmpty() && !backward.frontier.isEmpty()) {
            boolean fromStart = forward.frontier.size() <= backward.frontier.size();
            Side side = fromStart ? forward : backward;
            Side other = fromStart ? backward : forward;
            widen(side, types);
            List<UUID> met = side.frontier.stream().filter(other.depth::containsKey).toList();
            if (!met.isEmpty()) {
                int best = met.stream().mapToInt(other.depth::get).min().orElseThrow();
                List<UUID> meeting = met.stream().filter(node -> other.depth.get(node) == best).sorted().toList();
                return new Result(enumerate(meeting, forward, backward, from, to, k), false);
            }
            if (forward.depth.size() + backward.depth.size() > MAX_VISITED) {
                return new Result(List.of(), true);
            }
        }
        return new Result(List.of(), false);
    }

    private void widen(Side side, List<String> types) {
        Set<UUID> next = new LinkedHashSet<>();
        int depth = side.hops + 1;
        for (Step step : rows.steps(side.frontier, types)) {
            Integer known = side.depth.get(step.to());
            if (known == null) {
                side.depth.put(step.to(), depth);
                next.add(step.to());
            }
            if (known == null || known == depth) {
                side.parents.computeIfAbsent(step.to(), node -> new ArrayList<>()).add(step);
            }
        }
        side.frontier = next;
        side.hops = depth;
    }

    private static List<Found> enumerate(List<UUID> meeting, Side forward, Side backward, UUID from, UUID to, int k) {
        List<Found> found = new ArrayList<>();
        for (UUID middle : meeting) {
            for (Found head : halves(middle, forward, from, k)) {
                for (Found tail : halves(middle, backward, to, k)) {
                    List<UUID> nodes = new ArrayList<>(head.nodes());
                    List<UUID> ties = new ArrayList<>(head.ties());
                    for (int i = tail.nodes().size() - 2; i >= 0; i--) {
                        nodes.add(tail.nodes().get(i));
                    }
                    for (int i = tail.ties().size() - 1; i >= 0; i--) {
                        ties.add(tail.ties().get(i));
                    }
                    found.add(new Found(nodes, ties));
                    if (found.size() == k) {
                        return found;
                    }
                }
            }
        }
        return found;
    }

    /** Up to k shortest ways from the side's start to the node, each listed from the start. */
    private static List<Found> halves(UUID node, Side side, UUID start, int k) {
        List<Found> out = new ArrayList<>();
        Deque<UUID> nodes = new ArrayDeque<>();
        Deque<UUID> ties = new ArrayDeque<>();
        nodes.push(node);
        walkBack(node, side, start, k, nodes, ties, out);
        return out;
    }

    private static void walkBack(UUID node, Side side, UUID start, int k, Deque<UUID> nodes, Deque<UUID> ties,
                                 List<Found> out) {
        if (out.size() == k) {
            return;
        }
        if (node.equals(start)) {
            out.add(new Found(List.copyOf(nodes), List.copyOf(ties)));
            return;
        }
        for (Step step : side.parents.getOrDefault(node, List.of())) {
            nodes.push(step.from());
            ties.push(step.tieId());
            walkBack(step.from(), side, start, k, nodes, ties, out);
            nodes.pop();
            ties.pop();
        }
    }
}

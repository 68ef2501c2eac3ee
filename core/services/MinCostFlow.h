#pragma once

#include <cstdint>
#include <vector>

namespace metodist {

// Minimum-cost maximum flow, primal-dual: Dijkstra with potentials for the
// shortest path length, then a blocking flow along all paths of that length.
// Meant for graphs of groups (the planner builds one per subject over
// municipalities), not of individual people.
class MinCostFlow
{
public:
    explicit MinCostFlow(int nodeCount);

    // Returns the edge's index for flowOn(). Costs must be non-negative.
    int addEdge(int from, int to, std::int64_t capacity, std::int64_t cost);

    struct Outcome
    {
        std::int64_t flow = 0;
        std::int64_t cost = 0;
    };
    Outcome solve(int source, int sink);

    std::int64_t flowOn(int edge) const;
    int nodeCount() const { return int(m_outgoing.size()); }

    // Whether solve() stays clear of 64-bit overflow on a graph of nodeCount
    // nodes whose edge costs are within [0, maxEdgeCost] and whose flow is at
    // most maxFlow. A path has fewer than nodeCount edges, so distances and
    // potentials stay within nodeCount × maxEdgeCost in size, and the sums
    // Dijkstra forms within four times that; the cost of the flow stays
    // within maxFlow × nodeCount × maxEdgeCost. Both must stay below the
    // solver's mark for an unreachable node (a quarter of the int64 range).
    static bool fits(std::int64_t maxFlow, std::int64_t maxEdgeCost, int nodeCount);

private:
    struct Edge
    {
        int to;
        std::int64_t capacity; // residual
        std::int64_t cost;
    };
    std::vector<Edge> m_edges; // edge 2k is forward, 2k+1 its reverse
    std::vector<std::vector<int>> m_outgoing;
    std::vector<std::int64_t> m_initialCapacity;
};

} // namespace metodist

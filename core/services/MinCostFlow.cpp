#include "services/MinCostFlow.h"

#include <algorithm>
#include <functional>
#include <vector>
#include <limits>
#include <queue>

namespace metodist {

namespace {
constexpr std::int64_t unreachable = std::numeric_limits<std::int64_t>::max() / 4;
}

MinCostFlow::MinCostFlow(int nodeCount) : m_outgoing(std::size_t(nodeCount)) {}

int MinCostFlow::addEdge(int from, int to, std::int64_t capacity, std::int64_t cost)
{
    const int index = int(m_edges.size());
    m_edges.push_back({to, capacity, cost});
    m_edges.push_back({from, 0, -cost});
    m_outgoing[std::size_t(from)].push_back(index);
    m_outgoing[std::size_t(to)].push_back(index + 1);
    m_initialCapacity.push_back(capacity);
    return index / 2;
}

MinCostFlow::Outcome MinCostFlow::solve(int source, int sink)
{
    const std::size_t n = m_outgoing.size();
    // Primal-dual: Dijkstra with potentials finds the shortest distances;
    // then a blocking flow (Dinic) on the edges of zero reduced cost pushes
    // every shortest path of that length at once. The number of phases is
    // the number of distinct path costs, not the number of paths.
    std::vector<std::int64_t> potential(n, 0);
    std::vector<std::int64_t> distance(n);
    std::vector<int> level(n);
    std::vector<std::size_t> next(n);
    Outcome outcome;
    using Entry = std::pair<std::int64_t, int>;
    const auto reduced = [&](int from, const Edge &edge) {
        return edge.cost + potential[std::size_t(from)] - potential[std::size_t(edge.to)];
    };
    for (;;) {
        std::fill(distance.begin(), distance.end(), unreachable);
        std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
        distance[std::size_t(source)] = 0;
        queue.push({0, source});
        while (!queue.empty()) {
            const auto [d, node] = queue.top();
            queue.pop();
            if (d > distance[std::size_t(node)])
                continue;
            for (int e : m_outgoing[std::size_t(node)]) {
                const Edge &edge = m_edges[std::size_t(e)];
                if (edge.capacity <= 0)
                    continue;
                const std::int64_t candidate = d + reduced(node, edge);
                if (candidate < distance[std::size_t(edge.to)]) {
                    distance[std::size_t(edge.to)] = candidate;
                    queue.push({candidate, edge.to});
                }
            }
        }
        if (distance[std::size_t(sink)] >= unreachable)
            break;
        // Nodes not reached now are never reached later (augmenting only
        // touches reached nodes), so their potentials may stay as they are.
        for (std::size_t v = 0; v < n; ++v)
            if (distance[v] < unreachable)
                potential[v] += distance[v];

        // Blocking flows on the admissible graph: residual edges of zero reduced cost.
        for (;;) {
            std::fill(level.begin(), level.end(), -1);
            std::vector<int> frontier{source};
            level[std::size_t(source)] = 0;
            for (std::size_t head = 0; head < frontier.size(); ++head) {
                const int node = frontier[head];
                for (int e : m_outgoing[std::size_t(node)]) {
                    const Edge &edge = m_edges[std::size_t(e)];
                    if (edge.capacity > 0 && level[std::size_t(edge.to)] < 0 && reduced(node, edge) == 0
                        && distance[std::size_t(edge.to)] < unreachable) {
                        level[std::size_t(edge.to)] = level[std::size_t(node)] + 1;
                        frontier.push_back(edge.to);
                    }
                }
            }
            if (level[std::size_t(sink)] < 0)
                break;
            std::fill(next.begin(), next.end(), 0);
            const std::function<std::int64_t(int, std::int64_t)> push = [&](int node, std::int64_t limit) {
                if (node == sink)
                    return limit;
                std::vector<int> &edges = m_outgoing[std::size_t(node)];
                for (std::size_t &i = next[std::size_t(node)]; i < edges.size(); ++i) {
                    const int e = edges[i];
                    Edge &edge = m_edges[std::size_t(e)];
                    if (edge.capacity <= 0 || level[std::size_t(edge.to)] != level[std::size_t(node)] + 1
                        || reduced(node, edge) != 0)
                        continue;
                    const std::int64_t pushed = push(edge.to, std::min(limit, edge.capacity));
                    if (pushed > 0) {
                        edge.capacity -= pushed;
                        m_edges[std::size_t(e ^ 1)].capacity += pushed;
                        outcome.cost += pushed * edge.cost;
                        return pushed;
                    }
                }
                return std::int64_t(0);
            };
            while (const std::int64_t pushed = push(source, unreachable))
                outcome.flow += pushed;
        }
    }
    return outcome;
}

bool MinCostFlow::fits(std::int64_t maxFlow, std::int64_t maxEdgeCost, int nodeCount)
{
    if (maxFlow < 0 || maxEdgeCost < 0 || nodeCount < 0)
        return false;
    const std::int64_t pathCost = std::max<std::int64_t>(1, maxEdgeCost);
    const std::int64_t nodes = std::max(1, nodeCount);
    if (pathCost > unreachable / 4 / nodes)
        return false;
    const std::int64_t longestPath = pathCost * nodes;
    return maxFlow <= unreachable / longestPath;
}

std::int64_t MinCostFlow::flowOn(int edge) const
{
    return m_initialCapacity[std::size_t(edge)] - m_edges[std::size_t(edge) * 2].capacity;
}

} // namespace metodist

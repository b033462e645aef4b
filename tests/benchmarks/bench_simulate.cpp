// Recomputing the whole combination table, as the desktop app does on every click: real RSA-2048
// signatures (made once and cached per message and key), real verification, SPF and DMARC on
// cached DNS. Target: well under 16 ms per table.
//
//   build/tests/benchmarks/bench_simulate

#include "core/dns/ResolverFactory.h"
#include "core/simulate/Simulator.h"

#include <benchmark/benchmark.h>

using namespace dmarcplan;
using namespace dmarcplan::simulate;

namespace {

Simulator makeSimulator() {
    auto zone = dns::ZoneData::fromFile(std::string(DMARCPLAN_TEST_DATA) + "/simulate/example.com.zone");
    if (!zone)
        throw std::runtime_error(zone.error().describe());
    SimulatorOptions options;
    options.domain = "example.com";
    options.resolver = dns::makeResolver(*zone);
    return Simulator(std::move(options));
}

Parameters parameters(const std::vector<std::string>& set) {
    return *parseParameters(set);
}

// The same parameters again: every signature and overlay comes from the caches.
void BM_RecomputeTable(benchmark::State& state) {
    auto simulator = makeSimulator();
    auto p = parameters({"key_algorithm=rsa"});
    if (!simulator.run(p))
        state.SkipWithError("run failed");
    for (auto _ : state) {
        auto table = simulator.run(p);
        benchmark::DoNotOptimize(table);
    }
    state.counters["rows"] = static_cast<double>(simulator.library().scenarios.size());
}
BENCHMARK(BM_RecomputeTable)->Unit(benchmark::kMillisecond);

// A click cycles through toggles the app offers; after the first round all of them are cached.
void BM_RecomputeTableTogglingParameters(benchmark::State& state) {
    auto simulator = makeSimulator();
    std::vector<Parameters> clicks = {parameters({}),
                                      parameters({"aspf=s"}),
                                      parameters({"sign=off"}),
                                      parameters({"list_rewrite_from=on"}),
                                      parameters({"p=none", "t=y"}),
                                      parameters({"srs=on"})};
    for (const auto& p : clicks)
        simulator.run(p);
    std::size_t i = 0;
    for (auto _ : state) {
        auto table = simulator.run(clicks[i++ % clicks.size()]);
        benchmark::DoNotOptimize(table);
    }
}
BENCHMARK(BM_RecomputeTableTogglingParameters)->Unit(benchmark::kMillisecond);

// First computation for a new simulator with its keys already generated: every RSA-2048 signature
// is made (no signature cache), every overlay built.
void BM_FirstTableWithFreshSignatures(benchmark::State& state) {
    auto keys = std::make_shared<KeyStore>();
    auto zone = dns::ZoneData::fromFile(std::string(DMARCPLAN_TEST_DATA) + "/simulate/example.com.zone");
    auto resolver = dns::makeResolver(*zone);
    auto make = [&] {
        SimulatorOptions options;
        options.domain = "example.com";
        options.resolver = resolver;
        options.keys = keys;
        return Simulator(std::move(options));
    };
    make().run({}); // generates the keys once
    for (auto _ : state) {
        auto simulator = make();
        auto table = simulator.run({});
        benchmark::DoNotOptimize(table);
        state.counters["signatures"] = static_cast<double>(simulator.stats().signaturesMade);
    }
}
BENCHMARK(BM_FirstTableWithFreshSignatures)->Unit(benchmark::kMillisecond);

} // namespace

// How many round trips a `check` costs: a resolver that waits 50 ms before every question, a domain
// whose SPF record has 4 includes nested 3 deep, a DMARC record and 2 DKIM selectors. With the
// parallel resolver the check should take about (depth of the include tree + 1) round trips; the
// target is wall <= (3 + 2) x RTT. The serial variant (one worker) shows the cost without it.
//
//   build/tests/benchmarks/bench_parallel_dns
//
// Counters: queries = questions that reached the slow resolver, wall_ms, wall_per_rtt.

#include "core/check/DomainCheck.h"
#include "core/dns/CachingResolver.h"
#include "core/dns/LatencyResolver.h"
#include "core/dns/ZoneResolver.h"

#include <benchmark/benchmark.h>
#include <chrono>

namespace {

using namespace dmarcplan;

constexpr auto kRtt = std::chrono::milliseconds(50);

dns::ZoneData benchZone() {
    auto zone = dns::ZoneData::fromText(R"(
$ORIGIN bench.example.
$TTL 300
@        IN SOA ns.bench.example. hostmaster.bench.example. ( 1 3600 600 86400 300 )
@        IN MX  10 mx.bench.example.
mx       IN A   192.0.2.25
; 4 includes: a -> b -> c is 3 deep, d is 1 deep
@        IN TXT "v=spf1 include:a.bench.example include:d.bench.example -all"
a        IN TXT "v=spf1 ip4:192.0.2.1 include:b.bench.example -all"
b        IN TXT "v=spf1 ip4:192.0.2.2 include:c.bench.example -all"
c        IN TXT "v=spf1 ip4:192.0.2.3 -all"
d        IN TXT "v=spf1 ip4:192.0.2.4 -all"
_dmarc   IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@bench.example"
s1._domainkey IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
s2._domainkey IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
)",
                                        "", "bench.zone");
    // The parent zone answers too (NXDOMAIN for _dmarc.example, cached for its negative TTL), as it
    // would on the network.
    zone->addOrigin("example", 300);
    return std::move(*zone);
}

void runCheck(benchmark::State& state, std::size_t concurrency) {
    const auto zone = benchZone();
    std::size_t queries = 0;
    double wallMs = 0;
    std::size_t rounds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto slow = std::make_shared<dns::LatencyResolver>(std::make_shared<dns::ZoneResolver>(zone), kRtt);
        dns::ParallelResolver pool(std::make_shared<dns::CachingResolver>(slow), concurrency);
        check::CheckOptions options;
        options.selectors = {"s1", "s2"};
        state.ResumeTiming();
        auto start = std::chrono::steady_clock::now();
        auto report = check::checkDomain("bench.example", pool, options);
        auto wall = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
        benchmark::DoNotOptimize(report);
        queries = slow->queriesSent();
        wallMs = wall.count();
        rounds = report.spfTree.rounds;
    }
    state.counters["queries"] = static_cast<double>(queries);
    state.counters["wall_ms"] = wallMs;
    state.counters["wall_per_rtt"] = wallMs / static_cast<double>(kRtt.count());
    state.counters["spf_rounds"] = static_cast<double>(rounds);
}

void BM_CheckParallel(benchmark::State& state) {
    runCheck(state, 16);
}
void BM_CheckSerial(benchmark::State& state) {
    runCheck(state, 1);
}

} // namespace

BENCHMARK(BM_CheckParallel)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_CheckSerial)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

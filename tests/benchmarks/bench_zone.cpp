// Reading zone files: 20,000 records with and without an SOA (without one, every top-most owner
// becomes an origin; the old reader compared every owner with every other, 2 min 17 s of CPU), and
// lookups against such a zone. Run: build/tests/benchmarks/bench_zone
#include "core/dns/ZoneData.h"

#include <benchmark/benchmark.h>

using namespace dmarcplan;

namespace {

std::string zoneText(int records, bool soa) {
    std::string text;
    if (soa)
        text += "$ORIGIN example.\n@ 60 IN SOA ns hostmaster 1 3600 600 86400 120\n";
    for (int i = 0; i < records; ++i)
        text += "host" + std::to_string(i) + ".example. 60 IN A 192.0.2." + std::to_string(i % 250 + 1) + "\n";
    return text;
}

void BM_ReadZone(benchmark::State& state) {
    const auto text = zoneText(static_cast<int>(state.range(0)), state.range(1) != 0);
    for (auto _ : state) {
        auto zone = dns::ZoneData::fromText(text, "", "bench.zone");
        if (!zone)
            state.SkipWithError(zone.error().describe().c_str());
        benchmark::DoNotOptimize(zone);
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ReadZone)
    ->ArgsProduct({{2000, 20000}, {0, 1}})
    ->ArgNames({"records", "soa"})
    ->Unit(benchmark::kMillisecond);

void BM_LookupWithoutSoa(benchmark::State& state) {
    auto zone = dns::ZoneData::fromText(zoneText(20000, false), "", "bench.zone");
    int i = 0;
    for (auto _ : state) {
        auto answer = zone->lookup("host" + std::to_string(i++ % 20000) + ".example", dns::RecordType::A);
        benchmark::DoNotOptimize(answer);
    }
}
BENCHMARK(BM_LookupWithoutSoa);

} // namespace

// Parse, lint and check_host() against an in-memory zone: a realistic record with 4 includes, one of
// them nested 3 deep. Run: build/tests/benchmarks/bench_spf
#include "core/dns/ResolverFactory.h"
#include "core/spf/Evaluator.h"
#include "core/spf/Linter.h"
#include "core/spf/Parser.h"

#include <benchmark/benchmark.h>

using namespace dmarcplan;

namespace {

const std::string kRecord = "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/48 mx include:_spf.mail.test "
                            "include:spf.crm.test include:_spf.news.test include:servers.bulk.test ~all";

std::shared_ptr<dns::CachingResolver> zone() {
    dns::ZoneData z;
    auto txt = [&](const std::string& name, const std::string& value) {
        z.addRecord(dns::Record::makeTxt(name, {value}, 3600));
    };
    auto a = [&](const std::string& name, const std::string& value) {
        dns::Record r;
        r.name = name;
        r.value = value;
        r.ttl = 3600;
        z.addRecord(r);
    };
    txt("example.com", kRecord);
    dns::Record mx;
    mx.name = "example.com";
    mx.type = dns::RecordType::MX;
    mx.value = "mx1.example.com";
    z.addRecord(mx);
    a("mx1.example.com", "192.0.2.25");
    // nested 3 deep: _spf.mail.test -> _netblocks.mail.test -> _netblocks2.mail.test
    txt("_spf.mail.test", "v=spf1 include:_netblocks.mail.test ~all");
    txt("_netblocks.mail.test", "v=spf1 ip4:198.51.100.0/26 include:_netblocks2.mail.test ~all");
    txt("_netblocks2.mail.test", "v=spf1 ip4:198.51.100.64/26 ip6:2001:db8:1::/48 ~all");
    txt("spf.crm.test", "v=spf1 ip4:203.0.113.0/28 ip4:203.0.113.32/28 -all");
    txt("_spf.news.test", "v=spf1 a:out.news.test -all");
    a("out.news.test", "203.0.113.77");
    txt("servers.bulk.test", "v=spf1 ip4:203.0.113.128/25 -all");
    return dns::makeResolver(std::move(z));
}

void BM_Parse(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(spf::parseRecord(kRecord));
}
BENCHMARK(BM_Parse);

void BM_Lint(benchmark::State& state) {
    auto resolver = zone();
    for (auto _ : state)
        benchmark::DoNotOptimize(spf::analyzeRecord(kRecord, "example.com", *resolver));
}
BENCHMARK(BM_Lint);

// check_host() for one client address on cached answers.
void BM_CheckHost(benchmark::State& state, const char* ip) {
    auto resolver = zone();
    spf::CheckRequest request;
    request.ip = ip;
    request.sender = "user@example.com";
    request.helo = "client.example.net";
    for (auto _ : state)
        benchmark::DoNotOptimize(spf::checkHost(*resolver, request));
}
// The worst path: the client matches nothing, so every include (and the nested chain) is evaluated.
BENCHMARK_CAPTURE(BM_CheckHost, Fail, "192.168.1.1");
// A match in the innermost include (3 deep).
BENCHMARK_CAPTURE(BM_CheckHost, NestedPass, "198.51.100.70");

} // namespace

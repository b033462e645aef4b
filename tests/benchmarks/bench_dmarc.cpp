// DMARC evaluation on cached DNS, as the simulator calls it (about 11 evaluations per click), and
// Authentication-Results parsing.
//   build/tests/benchmarks/bench_dmarc

#include "core/dmarc/Evaluator.h"
#include "core/dns/ResolverFactory.h"
#include "core/headers/AuthenticationResults.h"

#include <benchmark/benchmark.h>

using namespace dmarcplan;

namespace {

std::shared_ptr<dns::CachingResolver> resolver() {
    static auto cached = [] {
        auto zone = dns::ZoneData::fromFile(std::string(DMARCPLAN_TEST_DATA) + "/dmarc/policies.zone");
        return dns::makeResolver(zone ? *zone : dns::ZoneData{});
    }();
    return cached;
}

void evaluate(benchmark::State& state, dmarc::OrgDomainMethod method) {
    dmarc::Evaluator evaluator(*resolver(), method);
    dmarc::EvaluationInput input;
    input.fromDomain = "shop.example.co.jp";
    input.spf = {spf::Result::Pass, "bounces.esp.example", dmarc::SpfIdentity::MailFrom};
    input.dkim = {{dkim::VerifyResult::Pass, "esp.example", "s1", ""},
                  {dkim::VerifyResult::Pass, "example.co.jp", "s2", ""}};
    for (auto _ : state)
        benchmark::DoNotOptimize(evaluator.evaluate(input));
}

void BM_EvaluatePsl(benchmark::State& state) {
    evaluate(state, dmarc::OrgDomainMethod::Psl);
}
void BM_EvaluateTreeWalk(benchmark::State& state) {
    evaluate(state, dmarc::OrgDomainMethod::TreeWalk);
}

void BM_ParseAuthenticationResults(benchmark::State& state) {
    const std::string value =
        " mx.google.com;\r\n dkim=pass header.i=@example.com header.s=20230601 header.b=AbCdEf12;\r\n"
        " spf=pass (google.com: domain of bounce@example.com designates 192.0.2.25 as permitted sender) "
        "smtp.mailfrom=bounce@example.com;\r\n dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com";
    for (auto _ : state)
        benchmark::DoNotOptimize(headers::parseAuthenticationResults(value));
}

} // namespace

BENCHMARK(BM_EvaluatePsl);
BENCHMARK(BM_EvaluateTreeWalk);
BENCHMARK(BM_ParseAuthenticationResults);

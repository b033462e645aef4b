// DKIM sign and verify of a 10 KB message (tests/data/dkim/bench-10k.eml) with rsa-2048 and ed25519,
// relaxed/relaxed. Keys are parsed once (as the simulator does); verification uses one Verifier,
// so the parsed public key comes from its cache after the first round.
// Compare with dkimpy on the same message: tests/benchmarks/bench_dkim_dkimpy.py.

#include "core/dkim/Signer.h"
#include "core/dkim/Verifier.h"
#include "core/dns/ResolverFactory.h"

#include <benchmark/benchmark.h>
#include <fstream>
#include <sstream>

using namespace dmarcplan;

namespace {

std::string readData(const std::string& name) {
    std::ifstream in(std::string(DMARCPLAN_TEST_DATA) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Fixture {
    mail::MailMessage message;
    dkim::KeyPair key;
    dkim::SignOptions options;
};

Fixture makeFixture(const std::string& keyFile, const std::string& selector) {
    Fixture f{*mail::MailMessage::parse(readData("dkim/bench-10k.eml")),
              *dkim::KeyPair::load(std::string(DMARCPLAN_TEST_DATA) + "/" + keyFile),
              {}};
    f.options.domain = "dkim.test";
    f.options.selector = selector;
    return f;
}

void signBenchmark(benchmark::State& state, const std::string& keyFile, const std::string& selector) {
    auto f = makeFixture(keyFile, selector);
    for (auto _ : state)
        benchmark::DoNotOptimize(dkim::signMessage(f.message, f.key, f.options));
}

void verifyBenchmark(benchmark::State& state, const std::string& keyFile, const std::string& selector) {
    auto f = makeFixture(keyFile, selector);
    dkim::addSignature(f.message, f.key, f.options);
    auto zones = dns::ZoneData::fromFile(std::string(DMARCPLAN_TEST_DATA) + "/zones/dkim.test.zone");
    dkim::Verifier verifier(dns::makeResolver(*zones));
    for (auto _ : state) {
        auto checks = verifier.verify(f.message);
        if (checks.at(0).result != dkim::VerifyResult::Pass)
            state.SkipWithError("signature did not verify");
        benchmark::DoNotOptimize(checks);
    }
}

} // namespace

BENCHMARK_CAPTURE(signBenchmark, rsa2048, "dkim/interop-rsa2048.pem", "rsa")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(signBenchmark, ed25519, "dkim/interop-ed25519.pem", "ed")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(verifyBenchmark, rsa2048, "dkim/interop-rsa2048.pem", "rsa")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(verifyBenchmark, ed25519, "dkim/interop-ed25519.pem", "ed")->Unit(benchmark::kMicrosecond);

// Hostile DNS (issue 10): loops, more than 10 lookups, huge TXT answers, many MX names, answers of the
// wrong type and timeouts. Every case runs twice, over tests/data/zones/hostile.test.zone loaded as
// zone data and over the same zone served by the local nsd, and must end within a bounded time with
// the right temperror/permerror and a message that names the cause.
#include "core/dkim/KeyGenerator.h"
#include "core/dkim/Signer.h"
#include "core/dkim/Verifier.h"
#include "core/dmarc/Evaluator.h"
#include "core/dns/LiveResolver.h"
#include "core/dns/ResolverFactory.h"
#include "core/spf/Evaluator.h"
#include "tests/support/HostileDnsServer.h"
#include "tests/support/TestSupport.h"

#include <chrono>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace std::chrono_literals;

namespace {

// Generous for a loaded CI machine; a hang or a retry storm takes far longer.
constexpr auto kBound = 5s;

enum class Source { ZoneFile, LiveServer };

std::string toString(Source source) {
    return source == Source::ZoneFile ? "ZoneFile" : "LiveServer";
}
std::string sourceName(const testing::TestParamInfo<Source>& info) {
    return toString(info.param);
}
void PrintTo(Source source, std::ostream* out) {
    *out << toString(source);
}

dns::ResolverPtr hostileResolver(Source source) {
    if (source == Source::ZoneFile) {
        auto zone = dns::ZoneData::fromFile(test::dataPath("zones/hostile.test.zone"));
        EXPECT_TRUE(zone) << zone.error().describe();
        return dns::makeResolver(zone ? *zone : dns::ZoneData{});
    }
    dns::ResolverOptions options;
    options.nameservers = {test::localDnsServer()};
    options.timeoutMs = 2000;
    auto stack = dns::makeResolver(options);
    EXPECT_TRUE(stack) << stack.error().describe();
    return stack ? stack->resolver : nullptr;
}

// Runs `work`, fails the test when it took longer than kBound.
template <typename Work> auto bounded(Work work) {
    auto started = std::chrono::steady_clock::now();
    auto result = work();
    EXPECT_LT(std::chrono::steady_clock::now() - started, kBound);
    return result;
}

const spf::TraceStep* findNote(const spf::CheckOutcome& outcome, std::string_view code) {
    for (const auto& step : outcome.trace)
        if (step.kind == spf::TraceStep::Kind::Note && step.code == code)
            return &step;
    return nullptr;
}

// The note's catalogue text: what the CLI prints as the reason.
std::string noteText(const spf::TraceStep* step) {
    return step ? Message{step->code, step->params}.text() : "";
}

class HostileDns : public testing::TestWithParam<Source> {
protected:
    void SetUp() override {
        m_resolver = hostileResolver(GetParam());
        ASSERT_TRUE(m_resolver);
    }

    spf::CheckOutcome checkSpf(const std::string& domain, const std::string& ip = "192.0.2.1") {
        spf::CheckRequest request;
        request.ip = ip;
        request.sender = "user@" + domain;
        request.helo = "mx.example.org";
        return bounded([&] { return spf::checkHost(*m_resolver, request); });
    }

    dkim::SignatureCheck verifyWithSelector(const std::string& selector) {
        auto key = dkim::KeyPair::load(test::dataPath("dkim/interop-rsa2048.pem"));
        EXPECT_TRUE(key) << key.error().describe();
        auto message =
            mail::MailMessage::parse("From: a@hostile.test\r\nTo: b@example.org\r\nSubject: hi\r\n\r\nbody\r\n");
        EXPECT_TRUE(message);
        dkim::SignOptions options;
        options.domain = "hostile.test";
        options.selector = selector;
        auto signedOk = dkim::addSignature(*message, *key, options);
        EXPECT_TRUE(signedOk) << signedOk.error().describe();
        dkim::Verifier verifier(m_resolver);
        auto checks = bounded([&] { return verifier.verify(*message); });
        EXPECT_EQ(checks.size(), 1u);
        return checks.empty() ? dkim::SignatureCheck{} : checks.front();
    }

    dmarc::Evaluation evaluateDmarc(const std::string& fromDomain,
                                    dmarc::OrgDomainMethod method = dmarc::OrgDomainMethod::Psl) {
        dmarc::Evaluator evaluator(*m_resolver, method);
        dmarc::EvaluationInput input;
        input.fromDomain = fromDomain;
        input.spf = {spf::Result::Pass, fromDomain, dmarc::SpfIdentity::MailFrom};
        return bounded([&] { return evaluator.evaluate(input); });
    }

    dns::ResolverPtr m_resolver;
};

TEST_P(HostileDns, SpfIncludeLoopsEndAtTheLookupLimit) {
    for (const char* domain : {"loop.hostile.test", "ping.hostile.test", "redirect-loop.hostile.test"}) {
        SCOPED_TRACE(domain);
        auto outcome = checkSpf(domain);
        // RFC 7208 §4.6.4: the 11th lookup is a permerror; that is what ends a loop.
        EXPECT_EQ(outcome.result, spf::Result::PermError);
        EXPECT_EQ(outcome.dnsLookups, 11);
        const auto* note = findNote(outcome, "SPF-TRACE-LOOKUP-LIMIT");
        ASSERT_NE(note, nullptr);
        EXPECT_NE(noteText(note).find("10"), std::string::npos) << noteText(note);
    }
}

TEST_P(HostileDns, CnameLoopIsTempError) {
    // Two names pointing at each other, and a name pointing at itself.
    for (const char* name : {"cname-loop.hostile.test", "loop._domainkey.hostile.test"}) {
        auto answer = bounded([&] { return m_resolver->query(name, dns::RecordType::TXT); });
        EXPECT_EQ(answer.status, dns::Status::TempError) << name;
        EXPECT_NE(answer.error.find("CNAME"), std::string::npos) << answer.error;
        EXPECT_LE(answer.cnameChain.size(), 2u) << name;
    }

    // §5.2: an include whose check_host() ends in temperror is a temperror.
    auto outcome = checkSpf("via-cname-loop.hostile.test");
    EXPECT_EQ(outcome.result, spf::Result::TempError);
    EXPECT_EQ(outcome.decidingTerm, "include:cname-loop.hostile.test");

    auto key = verifyWithSelector("loop");
    EXPECT_EQ(key.result, dkim::VerifyResult::TempError);
    EXPECT_EQ(key.reason, dkim::VerifyReason::DnsTempError);
    EXPECT_FALSE(key.explanation().text().empty());

    auto dmarcResult = evaluateDmarc("cname.hostile.test");
    EXPECT_EQ(dmarcResult.result, dmarc::DmarcResult::TempError);
    EXPECT_NE(dmarcResult.explanation.text().find("_dmarc.cname.hostile.test"), std::string::npos)
        << dmarcResult.explanation.text();
}

TEST_P(HostileDns, MoreThanTenLookupsIsPermError) {
    auto eleven = checkSpf("eleven.hostile.test");
    EXPECT_EQ(eleven.result, spf::Result::PermError);
    EXPECT_EQ(eleven.decidingTerm, "a:h11.hostile.test");
    const auto* note = findNote(eleven, "SPF-TRACE-LOOKUP-LIMIT");
    ASSERT_NE(note, nullptr);
    EXPECT_NE(noteText(note).find("a:h11.hostile.test"), std::string::npos) << noteText(note);

    // 3 includes + 9 a: terms inside them: the limit is hit in the third include.
    auto nested = checkSpf("nested.hostile.test");
    EXPECT_EQ(nested.result, spf::Result::PermError);
    EXPECT_EQ(nested.decidingTerm, "include:n3.hostile.test");
    EXPECT_NE(findNote(nested, "SPF-TRACE-LOOKUP-LIMIT"), nullptr);
}

TEST_P(HostileDns, MoreThanTwoVoidLookupsIsPermError) {
    auto outcome = checkSpf("voids.hostile.test");
    EXPECT_EQ(outcome.result, spf::Result::PermError);
    EXPECT_EQ(outcome.voidLookups, 3);
    const auto* note = findNote(outcome, "SPF-TRACE-VOID-LIMIT");
    ASSERT_NE(note, nullptr);
    EXPECT_NE(noteText(note).find("nx3.hostile.test"), std::string::npos) << noteText(note);
}

TEST_P(HostileDns, HugeTxtAnswerIsReadWhole) {
    auto answer = bounded([&] { return m_resolver->query("huge.hostile.test", dns::RecordType::TXT); });
    ASSERT_EQ(answer.status, dns::Status::Records) << answer.error;
    ASSERT_EQ(answer.records.size(), 1u);
    EXPECT_GT(answer.records.front().value.size(), 9000u); // far over UDP's 1232 bytes: came by TCP
    EXPECT_EQ(answer.records.front().strings.size(), 41u);

    // The only matching term is the last one, after the 250-byte string boundaries.
    EXPECT_EQ(checkSpf("huge.hostile.test", "203.0.113.77").result, spf::Result::Pass);
    EXPECT_EQ(checkSpf("huge.hostile.test", "192.0.2.1").result, spf::Result::Fail);
}

TEST_P(HostileDns, ManyTxtRecordsAndTwoSpfRecords) {
    EXPECT_EQ(checkSpf("many-txt.hostile.test", "203.0.113.5").result, spf::Result::Pass);

    auto two = checkSpf("two-spf.hostile.test");
    EXPECT_EQ(two.result, spf::Result::PermError); // §4.5
    EXPECT_NE(noteText(findNote(two, "SPF-TRACE-MULTIPLE-RECORDS")).find("two-spf.hostile.test"), std::string::npos);

    // RFC 9989 §4.10: two DMARC records at one name are both discarded; nothing else applies.
    auto dmarcResult = evaluateDmarc("two.hostile.test");
    EXPECT_EQ(dmarcResult.result, dmarc::DmarcResult::None);
    EXPECT_FALSE(dmarcResult.policy);
}

TEST_P(HostileDns, MoreThanTenMxNamesIsPermError) {
    auto outcome = checkSpf("many-mx.hostile.test", "192.0.2.212");
    EXPECT_EQ(outcome.result, spf::Result::PermError);
    const auto* note = findNote(outcome, "SPF-TRACE-MX-LIMIT");
    ASSERT_NE(note, nullptr);
    EXPECT_NE(noteText(note).find("12"), std::string::npos) << noteText(note);
}

TEST_P(HostileDns, AnswersOfTheWrongType) {
    // a: at a name that has only MX: no address, a void lookup, no match.
    auto aWantsMx = checkSpf("a-wants-mx.hostile.test");
    EXPECT_EQ(aWantsMx.result, spf::Result::Fail);
    EXPECT_EQ(aWantsMx.voidLookups, 1);
    // An MX whose exchange is written as an address is a name without addresses, never the address.
    EXPECT_EQ(checkSpf("mx-is-ip.hostile.test", "192.0.2.1").result, spf::Result::Fail);
    // A CNAME to a name with only an A record: no SPF record.
    auto cname = checkSpf("spf-cname.hostile.test");
    EXPECT_EQ(cname.result, spf::Result::None);
    EXPECT_NE(findNote(cname, "SPF-TRACE-NO-RECORD"), nullptr);

    // A TXT record that is not a key record, and an A record where the key should be.
    auto notKey = verifyWithSelector("spf");
    EXPECT_EQ(notKey.result, dkim::VerifyResult::PermError);
    EXPECT_EQ(notKey.reason, dkim::VerifyReason::KeySyntax);
    auto noTxt = verifyWithSelector("a-only");
    EXPECT_EQ(noTxt.result, dkim::VerifyResult::PermError);
    EXPECT_EQ(noTxt.reason, dkim::VerifyReason::KeyNotFound);
    EXPECT_NE(noTxt.explanation().text().find("a-only._domainkey.hostile.test"), std::string::npos)
        << noTxt.explanation().text();
    // About 2.6 kB of base64 that is no key.
    auto huge = verifyWithSelector("huge");
    EXPECT_EQ(huge.result, dkim::VerifyResult::PermError);
    EXPECT_EQ(huge.reason, dkim::VerifyReason::KeySyntax);

    // An A record and an SPF record at _dmarc: no DMARC record, and none at the organizational domain.
    auto wrong = evaluateDmarc("wrong.hostile.test");
    EXPECT_EQ(wrong.result, dmarc::DmarcResult::None);
}

TEST_P(HostileDns, DeepNamesAskABoundedNumberOfQuestions) {
    const std::string deep = "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.deep.hostile.test";
    auto before = m_resolver->queriesSent();
    auto evaluation = evaluateDmarc(deep, dmarc::OrgDomainMethod::TreeWalk);
    EXPECT_EQ(evaluation.result, dmarc::DmarcResult::Pass) << evaluation.explanation.text();
    ASSERT_TRUE(evaluation.policy);
    EXPECT_EQ(evaluation.policy->domain, "deep.hostile.test");
    EXPECT_EQ(evaluation.policy->tag, "sp");
    // RFC 9989 §4.10.1: the tree walk skips to the last 8 labels whatever the depth, so a 29-label
    // name costs a handful of questions, not one per label.
    EXPECT_LE(m_resolver->queriesSent() - before, 12u);
}

INSTANTIATE_TEST_SUITE_P(Sources, HostileDns, testing::Values(Source::ZoneFile, Source::LiveServer), sourceName);

// Every engine over a resolver whose every question times out.
void expectTempErrorsEverywhere(const dns::ResolverPtr& resolver) {
    spf::CheckRequest request;
    request.ip = "192.0.2.1";
    request.sender = "user@slow.hostile.test";
    request.helo = "mx.example.org";
    auto spfOutcome = bounded([&] { return spf::checkHost(*resolver, request); });
    EXPECT_EQ(spfOutcome.result, spf::Result::TempError);
    ASSERT_FALSE(spfOutcome.trace.empty());
    EXPECT_NE(spfOutcome.trace.front().detail.find("temperror"), std::string::npos) << spfOutcome.trace.front().detail;

    auto message = mail::MailMessage::parse("DKIM-Signature: v=1; a=rsa-sha256; d=slow.hostile.test; s=sel; "
                                            "h=from; bh=AAAA; b=AAAA\r\nFrom: a@slow.hostile.test\r\n\r\nbody\r\n");
    ASSERT_TRUE(message);
    dkim::Verifier verifier(resolver);
    auto checks = bounded([&] { return verifier.verify(*message); });
    ASSERT_EQ(checks.size(), 1u);
    EXPECT_EQ(checks[0].result, dkim::VerifyResult::TempError);
    EXPECT_EQ(checks[0].reason, dkim::VerifyReason::DnsTempError);

    dmarc::Evaluator evaluator(*resolver);
    dmarc::EvaluationInput input;
    input.fromDomain = "slow.hostile.test";
    auto evaluation = bounded([&] { return evaluator.evaluate(input); });
    EXPECT_EQ(evaluation.result, dmarc::DmarcResult::TempError);
    EXPECT_NE(evaluation.explanation.text().find("slow.hostile.test"), std::string::npos)
        << evaluation.explanation.text();
}

TEST(HostileDnsTimeouts, ZoneTimeoutsAreTempErrors) {
    dns::ZoneData zone;
    zone.addOrigin("hostile.test");
    zone.addTimeout("slow.hostile.test");
    zone.addTimeout("_dmarc.slow.hostile.test");
    zone.addTimeout("sel._domainkey.slow.hostile.test");
    expectTempErrorsEverywhere(dns::makeResolver(std::move(zone)));
}

TEST(HostileDnsTimeouts, SilentServerGivesTempErrorsWithinTheTimeout) {
    test::SilentDnsServer silent;
    dns::ResolverOptions options;
    options.nameservers = {silent.address()};
    options.timeoutMs = 300;
    auto stack = dns::makeResolver(options);
    ASSERT_TRUE(stack) << stack.error().describe();
    expectTempErrorsEverywhere(stack->resolver);
}

} // namespace

// --- Hostile name servers (issue 14): tests/dns/hostile-dns.py on 127.0.0.1 -----------------------
// The client owns its deadline (one per question, covering attempts, TCP reads and CNAME hops) and takes
// a reply only when its ID, question, QR bit and source match the query (RFC 5452 §9.1, RFC 1035 §7.3).

namespace {

dns::ResolverPtr liveResolver(const test::HostileDnsServer& server, int timeoutMs,
                              std::optional<std::chrono::steady_clock::time_point> runDeadline = std::nullopt) {
    dns::ResolverOptions options;
    options.nameservers = {server.address()};
    options.timeoutMs = timeoutMs;
    auto stack = dns::makeResolver(options);
    EXPECT_TRUE(stack) << stack.error().describe();
    if (!stack)
        return nullptr;
    if (runDeadline)
        stack->live->setRunDeadline(*runDeadline);
    return stack->resolver;
}

// Runs `work` and returns its result with the wall time it took.
template <typename Work> auto timed(Work work) {
    auto started = std::chrono::steady_clock::now();
    auto result = work();
    return std::pair{result, std::chrono::steady_clock::now() - started};
}

} // namespace

TEST(HostileDnsServer, TruncatedAnswerDribbledOverTcpEndsAtTheTimeout) {
    // UDP says TC=1; the TCP answer then comes one byte every 0.8 s. ldns's per-read timeout never fired.
    test::HostileDnsServer server("tc-then-dribble");
    auto resolver = liveResolver(server, 2000);
    ASSERT_TRUE(resolver);
    auto [answer, took] = timed([&] { return resolver->query("www.example.test", dns::RecordType::A); });
    EXPECT_LT(took, 2500ms);
    EXPECT_GE(took, 1900ms); // it did wait for the answer as long as it was allowed to
    EXPECT_EQ(answer.status, dns::Status::TempError);
    EXPECT_NE(answer.error.find("timed out after 2000 ms"), std::string::npos) << answer.error;
    EXPECT_NE(answer.error.find("TCP"), std::string::npos) << answer.error;
}

TEST(HostileDnsServer, SilentAndSlowServersEndAtTheTimeout) {
    for (const char* mode : {"silent", "slow"}) {
        SCOPED_TRACE(mode);
        test::HostileDnsServer server(mode);
        auto resolver = liveResolver(server, 2000);
        ASSERT_TRUE(resolver);
        auto [answer, took] = timed([&] { return resolver->query("www.example.test", dns::RecordType::TXT); });
        EXPECT_LT(took, 2500ms);
        EXPECT_EQ(answer.status, dns::Status::TempError);
        EXPECT_NE(answer.error.find("timed out after 2000 ms"), std::string::npos) << answer.error;
    }
}

TEST(HostileDnsServer, CnameHopsShareOneDeadline) {
    // Each name is a CNAME to next.<name>, answered after 0.6 s: within a per-hop budget every hop
    // succeeds, and nine hops took 5.4 s against a 2 s timeout.
    test::HostileDnsServer server("slow-cname");
    auto resolver = liveResolver(server, 2000);
    ASSERT_TRUE(resolver);
    auto [answer, took] = timed([&] { return resolver->query("www.example.test", dns::RecordType::A); });
    EXPECT_LT(took, 2500ms);
    EXPECT_EQ(answer.status, dns::Status::TempError);
    EXPECT_FALSE(answer.cnameChain.empty());
    EXPECT_NE(answer.error.find("2000 ms"), std::string::npos) << answer.error;
}

TEST(HostileDnsServer, ForgedAnswersAreNeverTaken) {
    // Each mode sends forged answers (A 203.0.113.66, TXT "forged") first and the genuine one 50 ms later.
    for (const char* mode : {"wrong-id", "wrong-question", "qr0", "wrong-source"}) {
        SCOPED_TRACE(mode);
        test::HostileDnsServer server(mode);
        auto resolver = liveResolver(server, 2000);
        ASSERT_TRUE(resolver);
        auto [a, took] = timed([&] { return resolver->query("www.example.test", dns::RecordType::A); });
        ASSERT_EQ(a.status, dns::Status::Records) << a.error;
        EXPECT_EQ(a.values(), std::vector<std::string>{"192.0.2.1"});
        EXPECT_LT(took, 1000ms); // the wait went on past the forgery to the genuine answer, not to the timeout
        auto txt = resolver->query("Mixed.Example.TEST", dns::RecordType::TXT);
        ASSERT_EQ(txt.status, dns::Status::Records) << txt.error;
        EXPECT_EQ(txt.values(), std::vector<std::string>{"genuine"});
        // What the cache now serves to every engine is the genuine answer.
        EXPECT_EQ(resolver->query("www.example.test", dns::RecordType::A).values(),
                  std::vector<std::string>{"192.0.2.1"});
    }
}

TEST(HostileDnsServer, QuestionNamesCompareWithoutCase) {
    // RFC 4343 §3: an answer whose question is WWW.EXAMPLE.TEST answers www.example.test.
    test::HostileDnsServer server("upper-case");
    auto resolver = liveResolver(server, 2000);
    ASSERT_TRUE(resolver);
    auto [answer, took] = timed([&] { return resolver->query("www.example.test", dns::RecordType::A); });
    ASSERT_EQ(answer.status, dns::Status::Records) << answer.error;
    EXPECT_EQ(answer.values(), std::vector<std::string>{"192.0.2.1"});
    EXPECT_LT(took, 1000ms);
}

TEST(HostileDnsServer, RunDeadlineEndsQuestionsInFlightAndStopsNewOnes) {
    test::HostileDnsServer server("silent");
    auto resolver = liveResolver(server, 5000, std::chrono::steady_clock::now() + 500ms);
    ASSERT_TRUE(resolver);
    auto [inFlight, took] = timed([&] { return resolver->query("www.example.test", dns::RecordType::A); });
    EXPECT_LT(took, 1000ms);
    EXPECT_EQ(inFlight.status, dns::Status::TempError);
    EXPECT_NE(inFlight.error.find("deadline for the whole run"), std::string::npos) << inFlight.error;
    auto sent = resolver->queriesSent();
    auto [later, tookLater] = timed([&] { return resolver->query("other.example.test", dns::RecordType::TXT); });
    EXPECT_LT(tookLater, 100ms);
    EXPECT_EQ(later.status, dns::Status::TempError);
    EXPECT_NE(later.error.find("not asked"), std::string::npos) << later.error;
    EXPECT_EQ(resolver->queriesSent(), sent);
}

#include "core/dmarc/Evaluator.h"
#include "tests/core/dmarc/DmarcTestZones.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::dmarc;

namespace {

EvaluationInput input(std::string from, spf::Result spf, std::string mailFrom, std::vector<DkimInput> dkim = {}) {
    EvaluationInput in;
    in.fromDomain = std::move(from);
    in.spf = {spf, std::move(mailFrom), SpfIdentity::MailFrom};
    in.dkim = std::move(dkim);
    return in;
}

bool hasDetail(const Evaluation& e, std::string_view code) {
    return std::any_of(e.details.begin(), e.details.end(), [&](const Message& m) { return m.code == code; });
}

constexpr auto Pass = spf::Result::Pass;
constexpr auto Fail = spf::Result::Fail;
constexpr auto DkimPass = dkim::VerifyResult::Pass;

} // namespace

TEST(DmarcEvaluator, RelaxedAlignmentBothDirections) {
    auto resolver = test::dmarcResolver();
    for (auto method : {OrgDomainMethod::Psl, OrgDomainMethod::TreeWalk}) {
        Evaluator evaluator(*resolver, method);
        // child MAIL FROM, parent From
        auto e = evaluator.evaluate(input("example.com", Pass, "bounce.example.com"));
        EXPECT_EQ(e.result, DmarcResult::Pass);
        EXPECT_TRUE(e.spfAligned);
        EXPECT_EQ(e.spfAlignedDomain, "bounce.example.com");
        EXPECT_EQ(e.explanation.code, "DMARC-EVAL-PASS-SPF");
        // parent d=, child From
        e = evaluator.evaluate(input("mail.example.com", Fail, "other.net", {{DkimPass, "example.com", "s1", ""}}));
        EXPECT_EQ(e.result, DmarcResult::Pass);
        EXPECT_TRUE(e.dkimAligned);
        EXPECT_FALSE(e.spfAligned);
        EXPECT_EQ(e.dkimAlignedSelector, "s1");
        EXPECT_EQ(e.policy->tag, "sp");
        EXPECT_EQ(e.disposition, Policy::None);
        EXPECT_TRUE(hasDetail(e, "DMARC-SPF-NOT-PASS"));
    }
}

TEST(DmarcEvaluator, StrictAlignmentNeedsIdenticalDomains) {
    auto resolver = test::dmarcResolver();
    Evaluator evaluator(*resolver);
    auto e = evaluator.evaluate(input("news.example.net", Pass, "example.net", {{DkimPass, "example.net", "s", ""}}));
    EXPECT_EQ(e.result, DmarcResult::Fail);
    EXPECT_TRUE(hasDetail(e, "DMARC-SPF-NOT-ALIGNED-STRICT"));
    EXPECT_TRUE(hasDetail(e, "DMARC-DKIM-NOT-ALIGNED-STRICT"));
    EXPECT_EQ(e.disposition, Policy::Quarantine);
    e = evaluator.evaluate(input("example.net", Pass, "example.net"));
    EXPECT_EQ(e.result, DmarcResult::Pass);
}

TEST(DmarcEvaluator, PublicSuffixesDoNotAlign) {
    auto resolver = test::dmarcResolver();
    Evaluator psl(*resolver, OrgDomainMethod::Psl);
    // Two registrants under co.uk share only the public suffix.
    auto e = psl.evaluate(input("www.example.co.uk", Pass, "other.co.uk"));
    EXPECT_EQ(e.result, DmarcResult::Fail);
    EXPECT_EQ(e.orgDomain, "example.co.uk");
    EXPECT_EQ(e.disposition, Policy::Reject);
    const auto& detail = *std::find_if(e.details.begin(), e.details.end(),
                                       [](const Message& m) { return m.code == "DMARC-SPF-NOT-ALIGNED"; });
    EXPECT_EQ(detail.params.at("spf_org"), "other.co.uk");
    EXPECT_EQ(detail.params.at("from_org"), "example.co.uk");
    // co.jp likewise; a subdomain of the same registrant aligns.
    EXPECT_EQ(psl.evaluate(input("shop.example.co.jp", Pass, "evil.co.jp")).result, DmarcResult::Fail);
    EXPECT_EQ(psl.evaluate(input("shop.example.co.jp", Pass, "example.co.jp")).result, DmarcResult::Pass);
}

TEST(DmarcEvaluator, PrivateSuffixAlignmentDependsOnMethod) {
    auto resolver = test::dmarcResolver();
    auto in = input("alice.github.io", Fail, "", {{DkimPass, "bob.github.io", "sel", ""}});
    EXPECT_EQ(Evaluator(*resolver, OrgDomainMethod::Psl).evaluate(in).result, DmarcResult::Fail);
    // github.io publishes a record without psd=y, so the walk makes it everyone's org domain.
    EXPECT_EQ(Evaluator(*resolver, OrgDomainMethod::TreeWalk).evaluate(in).result, DmarcResult::Pass);
    // herokuapp.com says psd=y: customers stay apart under both methods.
    auto heroku = input("app1.herokuapp.com", Pass, "app2.herokuapp.com");
    EXPECT_EQ(Evaluator(*resolver, OrgDomainMethod::TreeWalk).evaluate(heroku).result, DmarcResult::Fail);
    EXPECT_EQ(Evaluator(*resolver, OrgDomainMethod::TreeWalk).evaluate(heroku).disposition, Policy::Quarantine);
}

TEST(DmarcEvaluator, TestingFlagLowersOneStep) {
    auto resolver = test::dmarcResolver();
    auto e = Evaluator(*resolver).evaluate(input("shop.example.co.jp", Fail, "x.net"));
    EXPECT_EQ(e.result, DmarcResult::Fail);
    EXPECT_EQ(e.policy->value, Policy::Reject);
    EXPECT_TRUE(e.policy->testing);
    EXPECT_EQ(e.disposition, Policy::Quarantine);
    EXPECT_TRUE(hasDetail(e, "DMARC-POLICY-TESTING"));
    EXPECT_EQ(e.explanation.params.at("disposition"), "quarantine");
}

TEST(DmarcEvaluator, NonExistentSubdomainUsesNp) {
    auto resolver = test::dmarcResolver();
    auto e = Evaluator(*resolver, OrgDomainMethod::TreeWalk).evaluate(input("ghost.example.com", Pass, "x.net"));
    EXPECT_EQ(e.result, DmarcResult::Fail);
    EXPECT_EQ(e.policy->tag, "np");
    EXPECT_EQ(e.disposition, Policy::Reject);
    EXPECT_FALSE(e.authorExists);
    EXPECT_TRUE(hasDetail(e, "DMARC-POLICY-NXDOMAIN"));
    auto sp = Evaluator(*resolver).evaluate(input("mail.example.com", Pass, "x.net"));
    EXPECT_EQ(sp.policy->tag, "sp");
    EXPECT_EQ(sp.disposition, Policy::Quarantine);
}

TEST(DmarcEvaluator, LegacyPctIsReportedNotApplied) {
    auto resolver = test::dmarcResolver();
    auto e = Evaluator(*resolver).evaluate(input("pct.com", Fail, "pct.com"));
    EXPECT_EQ(e.disposition, Policy::Quarantine);
    EXPECT_EQ(e.policy->pct, 25);
    EXPECT_TRUE(hasDetail(e, "DMARC-POLICY-PCT"));
}

TEST(DmarcEvaluator, NoneTempErrorPermError) {
    dns::ZoneData extra;
    extra.addTimeout("_dmarc.slow.example.com");
    auto resolver = test::dmarcResolver(extra);
    Evaluator evaluator(*resolver);
    auto none = evaluator.evaluate(input("nodmarc.com", Pass, "nodmarc.com"));
    EXPECT_EQ(none.result, DmarcResult::None);
    EXPECT_FALSE(none.policy.has_value());
    EXPECT_TRUE(none.spfAligned); // alignment is still reported
    EXPECT_EQ(evaluator.evaluate(input("slow.example.com", Pass, "slow.example.com")).result, DmarcResult::TempError);
    auto perm = evaluator.evaluate(input("badp2.com", Fail, ""));
    EXPECT_EQ(perm.result, DmarcResult::PermError);
    EXPECT_EQ(perm.explanation.code, "DMARC-EVAL-PERMERROR");
    EXPECT_EQ(evaluator.evaluate(input("not a domain", Pass, "x")).result, DmarcResult::PermError);
}

TEST(DmarcEvaluator, HeloIdentityDoesNotAlign) {
    auto resolver = test::dmarcResolver();
    auto in = input("example.com", Pass, "example.com");
    in.spf.identity = SpfIdentity::Helo;
    auto e = Evaluator(*resolver).evaluate(in);
    EXPECT_EQ(e.result, DmarcResult::Fail);
    EXPECT_TRUE(hasDetail(e, "DMARC-SPF-HELO-IGNORED"));
}

TEST(DmarcEvaluator, ExplanationsRenderFromTheCatalogue) {
    auto resolver = test::dmarcResolver();
    auto e = Evaluator(*resolver).evaluate(input("mail.example.com", Pass, "x.net"));
    EXPECT_EQ(e.explanation.code, "DMARC-EVAL-FAIL");
    EXPECT_NE(e.explanation.text().find("sp=quarantine"), std::string::npos) << e.explanation.text();
    for (const auto& d : e.details)
        EXPECT_EQ(d.text().find('{'), std::string::npos) << d.code << ": " << d.text();
}

TEST(DmarcEvaluator, RepeatedEvaluationsAskNoNewQuestions) {
    auto resolver = test::dmarcResolver();
    Evaluator evaluator(*resolver, OrgDomainMethod::TreeWalk);
    auto in = input("mail.example.com", Pass, "bounce.example.com", {{DkimPass, "example.com", "s", ""}});
    evaluator.evaluate(in);
    auto before = resolver->queriesSent();
    for (int i = 0; i < 20; ++i)
        evaluator.evaluate(in);
    EXPECT_EQ(resolver->queriesSent(), before);
}

TEST(DmarcEvaluator, FailingSignaturesDoNotAlignAndResultsParse) {
    auto resolver = test::dmarcResolver();
    auto e = Evaluator(*resolver).evaluate(
        input("example.com", Fail, "x.net", {{dkim::VerifyResult::Fail, "example.com", "s", ""}}));
    EXPECT_EQ(e.result, DmarcResult::Fail);
    EXPECT_TRUE(hasDetail(e, "DMARC-DKIM-NOT-PASS"));
    EXPECT_EQ(parseDkimResult("PermError"), dkim::VerifyResult::PermError);
    EXPECT_FALSE(parseDkimResult("maybe").has_value());
}

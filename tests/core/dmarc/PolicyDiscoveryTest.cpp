#include "core/dmarc/PolicyDiscovery.h"
#include "tests/core/dmarc/DmarcTestZones.h"

#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::dmarc;

namespace {

struct Case {
    const char* domain;
    OrgDomainMethod method;
    DiscoveryStatus status;
    const char* recordDomain;
    const char* tag;
    Policy policy;
    const char* orgDomain;
};

const OrgDomainMethod Psl = OrgDomainMethod::Psl;
const OrgDomainMethod Walk = OrgDomainMethod::TreeWalk;
const DiscoveryStatus Found = DiscoveryStatus::Found;

} // namespace

TEST(DmarcPolicyDiscovery, TableOfScenarios) {
    const Case cases[] = {
        // p at the domain itself, sp for an existing subdomain, np for a non-existent one
        {"example.com", Psl, Found, "example.com", "p", Policy::Reject, "example.com"},
        {"mail.example.com", Psl, Found, "example.com", "sp", Policy::Quarantine, "example.com"},
        {"ghost.example.com", Psl, Found, "example.com", "np", Policy::Reject, "example.com"},
        {"ghost.example.com", Walk, Found, "example.com", "np", Policy::Reject, "example.com"},
        // no sp: p applies to subdomains
        {"news.example.net", Psl, Found, "example.net", "p", Policy::Quarantine, "example.net"},
        {"nowhere.example.net", Walk, Found, "example.net", "p", Policy::Quarantine, "example.net"},
        // multi-label public suffixes
        {"www.example.co.uk", Psl, Found, "example.co.uk", "p", Policy::Reject, "example.co.uk"},
        {"www.example.co.uk", Walk, Found, "example.co.uk", "p", Policy::Reject, "example.co.uk"},
        {"shop.example.co.jp", Psl, Found, "example.co.jp", "p", Policy::Reject, "example.co.jp"},
        {"shop.example.co.jp", Walk, Found, "example.co.jp", "p", Policy::Reject, "example.co.jp"},
        // private-section suffixes
        {"bob.github.io", Psl, DiscoveryStatus::NoRecord, "", "", Policy::None, "bob.github.io"},
        {"bob.github.io", Walk, Found, "github.io", "p", Policy::None, "github.io"},
        {"alice.github.io", Psl, Found, "alice.github.io", "p", Policy::Reject, "alice.github.io"},
        {"app1.herokuapp.com", Walk, Found, "herokuapp.com", "p", Policy::Quarantine, "app1.herokuapp.com"},
        // psd=n below the registrable domain: the methods disagree
        {"team.dept.bigcorp.com", Psl, Found, "bigcorp.com", "p", Policy::None, "bigcorp.com"},
        {"team.dept.bigcorp.com", Walk, Found, "dept.bigcorp.com", "p", Policy::Reject, "dept.bigcorp.com"},
        // a PSD policy (psd=y) applies only under the tree walk; np for a non-existent name
        {"shop.brand.zz", Walk, Found, "zz", "p", Policy::Quarantine, "brand.zz"},
        {"gone.brand.zz", Walk, Found, "zz", "np", Policy::Reject, "brand.zz"},
        {"shop.brand.zz", Psl, DiscoveryStatus::NoRecord, "", "", Policy::None, "brand.zz"},
        // broken records
        {"multi.com", Psl, DiscoveryStatus::NoRecord, "", "", Policy::None, "multi.com"},
        {"badp.com", Psl, Found, "badp.com", "p", Policy::None, "badp.com"},
        {"badp2.com", Psl, DiscoveryStatus::Malformed, "badp2.com", "p", Policy::None, "badp2.com"},
        {"nop.com", Walk, Found, "nop.com", "p", Policy::None, "nop.com"},
        {"nodmarc.com", Walk, DiscoveryStatus::NoRecord, "", "", Policy::None, "nodmarc.com"},
    };
    auto resolver = test::dmarcResolver();
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.domain) + " by " + std::string(toString(c.method)));
        auto d = discoverPolicy(c.domain, *resolver, c.method);
        EXPECT_EQ(d.status, c.status);
        EXPECT_EQ(d.organizationalDomain, c.orgDomain);
        if (c.status == Found || c.status == DiscoveryStatus::Malformed) {
            EXPECT_EQ(d.recordDomain, c.recordDomain);
            EXPECT_EQ(d.tag, c.tag);
            EXPECT_EQ(d.policy, c.policy);
        }
    }
}

TEST(DmarcPolicyDiscovery, FlagsAndTraces) {
    auto resolver = test::dmarcResolver();
    auto ghost = discoverPolicy("ghost.example.com", *resolver, OrgDomainMethod::Psl);
    EXPECT_FALSE(ghost.authorExists);
    EXPECT_EQ(ghost.queried.front(), "_dmarc.ghost.example.com");
    auto psd = discoverPolicy("shop.brand.zz", *resolver, OrgDomainMethod::TreeWalk);
    EXPECT_TRUE(psd.fromPsd);
    EXPECT_TRUE(discoverPolicy("badp.com", *resolver, OrgDomainMethod::Psl).invalidPolicyFallback);
}

TEST(DmarcPolicyDiscovery, TempError) {
    dns::ZoneData extra;
    extra.addTimeout("_dmarc.slow.example.com");
    auto resolver = test::dmarcResolver(extra);
    auto d = discoverPolicy("slow.example.com", *resolver, OrgDomainMethod::Psl);
    EXPECT_EQ(d.status, DiscoveryStatus::TempError);
    EXPECT_EQ(d.errorName, "_dmarc.slow.example.com");
}

TEST(DmarcPolicyDiscovery, ComparisonReportsDifferentPolicies) {
    auto resolver = test::dmarcResolver();
    auto differs = comparePolicies("team.dept.bigcorp.com", *resolver);
    EXPECT_TRUE(differs.differs);
    EXPECT_EQ(differs.explanation.code, "DMARC-POLICY-DIFFERS");
    EXPECT_NE(differs.explanation.text().find("p=reject from _dmarc.dept.bigcorp.com"), std::string::npos)
        << differs.explanation.text();
    EXPECT_FALSE(comparePolicies("mail.example.com", *resolver).differs);
}

// The reading of RFC 9989 §4.10.1 over §4.7 (PolicyDiscovery.cpp, README "DMARC lint notes"): the
// validity of sp belongs to the record, so an invalid sp also changes the policy of the record's own
// domain, and an invalid np that of existing subdomains.
TEST(DmarcPolicyDiscovery, InvalidSpOrNpDisablesTheRecordForEveryAuthor) {
    dns::ZoneData extra;
    auto txt = [&](const std::string& name, const std::string& text) {
        dns::Record r;
        r.name = name;
        r.type = dns::RecordType::TXT;
        r.value = text;
        r.strings = {text};
        extra.addRecord(r);
    };
    auto address = [&](const std::string& name) {
        dns::Record r;
        r.name = name;
        r.type = dns::RecordType::A;
        r.value = "192.0.2.1";
        extra.addRecord(r);
    };
    for (const char* origin : {"badsp.example", "badsp2.example", "badnp.example"})
        extra.addOrigin(origin);
    txt("_dmarc.badsp.example", "v=DMARC1; p=reject; sp=rejct; rua=mailto:d@badsp.example");
    txt("_dmarc.badsp2.example", "v=DMARC1; p=reject; sp=rejct");
    txt("_dmarc.badnp.example", "v=DMARC1; p=reject; np=never; rua=mailto:d@badnp.example");
    address("badsp.example");
    address("badsp2.example");
    address("badnp.example");
    address("www.badnp.example");
    auto resolver = test::dmarcResolver(extra);

    auto own = discoverPolicy("badsp.example", *resolver, OrgDomainMethod::Psl);
    EXPECT_EQ(own.status, DiscoveryStatus::Found);
    EXPECT_TRUE(own.invalidPolicyFallback);
    EXPECT_EQ(own.policy, Policy::None);

    auto noRua = discoverPolicy("badsp2.example", *resolver, OrgDomainMethod::Psl);
    EXPECT_EQ(noRua.status, DiscoveryStatus::Malformed);

    auto existing = discoverPolicy("www.badnp.example", *resolver, OrgDomainMethod::Psl);
    EXPECT_EQ(existing.status, DiscoveryStatus::Found);
    EXPECT_TRUE(existing.authorExists);
    EXPECT_TRUE(existing.invalidPolicyFallback);
    EXPECT_EQ(existing.policy, Policy::None);
}

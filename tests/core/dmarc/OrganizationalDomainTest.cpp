#include "core/dmarc/OrganizationalDomain.h"
#include "tests/core/dmarc/DmarcTestZones.h"

#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::dmarc;

TEST(DmarcOrgDomain, PublicSuffixListMultiLabelAndPrivateSuffixes) {
    EXPECT_EQ(pslOrganizationalDomain("a.b.example.com"), "example.com");
    EXPECT_EQ(pslOrganizationalDomain("WWW.Example.CO.UK."), "example.co.uk");
    EXPECT_EQ(pslOrganizationalDomain("shop.example.co.jp"), "example.co.jp");
    EXPECT_EQ(pslOrganizationalDomain("alice.github.io"), "alice.github.io"); // private section
    EXPECT_EQ(pslOrganizationalDomain("x.app1.herokuapp.com"), "app1.herokuapp.com");
    EXPECT_EQ(pslOrganizationalDomain("co.uk"), "co.uk"); // a public suffix is its own
    EXPECT_TRUE(isPublicSuffix("co.jp"));
    EXPECT_TRUE(isPublicSuffix("github.io"));
    EXPECT_FALSE(isPublicSuffix("example.co.jp"));
    EXPECT_EQ(publicSuffix("www.example.co.uk"), "co.uk");
}

TEST(DmarcOrgDomain, TreeWalkTargetsAreCappedAtEight) {
    auto targets = treeWalkTargets("a.b.c.d.e.f.g.h.i.j.mail.example.com", true);
    ASSERT_EQ(targets.size(), 8u); // the RFC 9989 §4.10 example
    EXPECT_EQ(targets[0], "a.b.c.d.e.f.g.h.i.j.mail.example.com");
    EXPECT_EQ(targets[1], "g.h.i.j.mail.example.com");
    EXPECT_EQ(targets[7], "com");
    EXPECT_EQ(treeWalkTargets("a.mail.example.com", false),
              (std::vector<std::string>{"mail.example.com", "example.com", "com"}));
}

TEST(DmarcOrgDomain, TreeWalkSelection) {
    auto resolver = test::dmarcResolver();
    // No psd tags: the record with the fewest labels.
    EXPECT_EQ(treeWalk("x.mail.example.com", *resolver).organizationalDomain, "example.com");
    // psd=n stops the walk at the department.
    EXPECT_EQ(treeWalk("team.dept.bigcorp.com", *resolver).organizationalDomain, "dept.bigcorp.com");
    // psd=y: one label below the PSD.
    auto walk = treeWalk("shop.brand.zz", *resolver);
    EXPECT_EQ(walk.organizationalDomain, "brand.zz");
    EXPECT_EQ(walk.psdDomain, "zz");
    // Nothing found: the domain is its own organizational domain.
    EXPECT_EQ(treeWalk("x.nodmarc.com", *resolver).organizationalDomain, "x.nodmarc.com");
    // Multiple records at one name are discarded.
    EXPECT_EQ(treeWalk("a.multi.com", *resolver).organizationalDomain, "a.multi.com");
}

TEST(DmarcOrgDomain, TreeWalkAsksAtMostEightQuestions) {
    auto resolver = test::dmarcResolver();
    auto before = resolver->queriesSent();
    auto walk = treeWalk("a.b.c.d.e.f.g.h.i.j.k.l.mail.example.com", *resolver);
    EXPECT_EQ(walk.lookups.size(), 8u); // the start, then 7 labels down to "com"
    EXPECT_LE(resolver->queriesSent() - before, 8u);
    EXPECT_EQ(walk.organizationalDomain, "example.com");
}

TEST(DmarcOrgDomain, ComparisonSaysWhenMethodsDiffer) {
    auto resolver = test::dmarcResolver();
    auto same = compareOrganizationalDomains("www.example.co.uk", *resolver);
    EXPECT_FALSE(same.differs);
    EXPECT_EQ(same.psl, "example.co.uk");
    EXPECT_EQ(same.explanation.code, "DMARC-ORG-SAME");
    auto dept = compareOrganizationalDomains("team.dept.bigcorp.com", *resolver);
    EXPECT_TRUE(dept.differs);
    EXPECT_EQ(dept.psl, "bigcorp.com");
    EXPECT_EQ(dept.treeWalk, "dept.bigcorp.com");
    EXPECT_EQ(dept.explanation.code, "DMARC-ORG-DIFFERS");
    EXPECT_NE(dept.explanation.text().find("dept.bigcorp.com"), std::string::npos);
    // A private-section suffix that publishes a DMARC record without psd=y pulls its customers
    // together under the tree walk, while the PSL keeps them apart.
    auto gh = compareOrganizationalDomains("bob.github.io", *resolver);
    EXPECT_TRUE(gh.differs);
    EXPECT_EQ(gh.psl, "bob.github.io");
    EXPECT_EQ(gh.treeWalk, "github.io");
    // With psd=y they agree.
    EXPECT_FALSE(compareOrganizationalDomains("app2.herokuapp.com", *resolver).differs);
}

TEST(DmarcOrgDomain, TempErrorIsReported) {
    dns::ZoneData extra;
    extra.addTimeout("_dmarc.slow.example.com");
    auto resolver = test::dmarcResolver(extra);
    auto result = organizationalDomain("x.slow.example.com", OrgDomainMethod::TreeWalk, *resolver);
    EXPECT_TRUE(result.tempError);
    auto comparison = compareOrganizationalDomains("x.slow.example.com", *resolver);
    EXPECT_EQ(comparison.explanation.code, "DMARC-ORG-TEMPERROR");
    EXPECT_FALSE(organizationalDomain("x.slow.example.com", OrgDomainMethod::Psl, *resolver).tempError);
}

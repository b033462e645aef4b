#include "core/dmarc/Generator.h"
#include "core/dmarc/Parser.h"

#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::dmarc;

TEST(DmarcGenerator, BuildsRecordAndAuthorisations) {
    PolicyDescription d;
    d.domain = "Example.COM.";
    d.policy = Policy::Quarantine;
    d.subdomainPolicy = Policy::Reject;
    d.nonExistentPolicy = Policy::Reject;
    d.testing = true;
    d.adkim = AlignmentMode::Strict;
    d.aggregateReports = {"dmarc@example.com", "mailto:agg@reports.example.net"};
    d.failureReports = {"ruf@example.com"};
    d.failureOptions = "1";
    auto generated = generatePolicy(d);
    ASSERT_TRUE(generated) << generated.error().describe();
    EXPECT_EQ(generated->record.name, "_dmarc.example.com");
    EXPECT_EQ(generated->record.value, "v=DMARC1; p=quarantine; sp=reject; np=reject; t=y; adkim=s; "
                                       "rua=mailto:dmarc@example.com,mailto:agg@reports.example.net; "
                                       "ruf=mailto:ruf@example.com; fo=1");
    ASSERT_EQ(generated->authorizations.size(), 1u);
    EXPECT_EQ(generated->authorizations[0].name, "example.com._report._dmarc.reports.example.net");
    EXPECT_EQ(generated->authorizations[0].value, "v=DMARC1;");
    EXPECT_EQ(generated->record.zoneLine().rfind("_dmarc.example.com. 3600 IN TXT \"v=DMARC1; p=quarantine", 0), 0u);
    // The result parses cleanly and lints without errors.
    auto parsed = parseRecord(generated->record.value);
    EXPECT_TRUE(parsed.isDmarc);
    EXPECT_TRUE(parsed.findings.empty());
    EXPECT_FALSE(hasErrors(generated->findings));
}

TEST(DmarcGenerator, MonitoringStartIsMinimal) {
    PolicyDescription d;
    d.domain = "example.co.jp";
    auto generated = generatePolicy(d);
    ASSERT_TRUE(generated);
    EXPECT_EQ(generated->record.value, "v=DMARC1; p=none");
    bool advice = false;
    for (const auto& f : generated->findings)
        advice = advice || f.code == "DMARC-P-NONE";
    EXPECT_TRUE(advice);
}

TEST(DmarcGenerator, BadInputIsAnInputError) {
    PolicyDescription d;
    d.domain = "not a domain";
    EXPECT_EQ(generatePolicy(d).error().source, "domain");
    d.domain = "example.com";
    d.aggregateReports = {"nobody"};
    EXPECT_EQ(generatePolicy(d).error().source, "rua");
    d.aggregateReports = {};
    d.failureOptions = "0:1";
    EXPECT_EQ(generatePolicy(d).error().source, "fo");
}

TEST(DmarcGenerator, LongRecordsSplitIntoStrings) {
    TxtRecord record{"_dmarc.example.com", std::string(300, 'a')};
    auto line = record.zoneLine();
    EXPECT_NE(line.find("\" \""), std::string::npos);
}

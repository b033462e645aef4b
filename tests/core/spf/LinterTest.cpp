#include "core/spf/Linter.h"
#include "core/common/MessageCatalogue.h"
#include "core/dns/ResolverFactory.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace dmarcplan;

namespace {

dns::Record record(const std::string& name, dns::RecordType type, const std::string& value,
                   std::uint16_t preference = 0) {
    dns::Record r;
    r.name = name;
    r.type = type;
    r.ttl = 300;
    r.value = value;
    r.preference = preference;
    return r;
}
dns::Record txt(const std::string& name, std::vector<std::string> strings,
                dns::RecordType type = dns::RecordType::TXT) {
    return dns::Record::makeTxt(name, std::move(strings), 300, type);
}

std::shared_ptr<dns::CachingResolver> lintZone() {
    using T = dns::RecordType;
    dns::ZoneData zone;
    zone.addRecord(record("example.com", T::MX, "mail.example.com", 10));
    zone.addRecord(record("example.com", T::A, "192.0.2.1"));
    zone.addRecord(txt("example.com", {"v=spf1 mx -all"}));
    zone.addRecord(record("mail.example.com", T::A, "192.0.2.25"));
    zone.addRecord(txt("_spf.provider.test", {"v=spf1 ip4:198.51.100.0/24 -all"}));
    zone.addRecord(txt("inc1.test", {"v=spf1 include:inc2.test -all"}));
    zone.addRecord(txt("inc2.test", {"v=spf1 include:inc3.test -all"}));
    zone.addRecord(txt("inc3.test", {"v=spf1 a:mail.example.com -all"}));
    zone.addRecord(txt("loop1.test", {"v=spf1 include:loop2.test -all"}));
    zone.addRecord(txt("loop2.test", {"v=spf1 include:loop1.test -all"}));
    zone.addRecord(txt("nospf.test", {"hello"}));
    zone.addRecord(txt("broken.test", {"v=spf1 foo -all"}));
    zone.addRecord(txt("noaddr.test", {"just text"}));
    for (int i = 0; i < 11; ++i)
        zone.addRecord(record("manymx.test", T::MX, "mx" + std::to_string(i) + ".example.com", 10));
    zone.addRecord(txt("parked.test", {"v=spf1 ip4:192.0.2.1 -all"}));
    zone.addRecord(txt("parked2.test", {"v=spf1 -all"}));
    zone.addRecord(txt("multi.test", {"v=spf1 -all"}));
    zone.addRecord(txt("multi.test", {"v=spf1 mx -all"}));
    zone.addRecord(txt("nospace.test", {"v=spf1", "mx -all"}));
    zone.addRecord(txt("ws.test", {" v=spf1 -all"}));
    zone.addRecord(txt("spftype.test", {"v=spf1 -all"}));
    zone.addRecord(txt("spftype.test", {"v=spf1 -all"}, T::SPF));
    zone.addRecord(txt("senderid.test", {"v=spf1 -all"}));
    zone.addRecord(txt("senderid.test", {"spf2.0/pra ip4:192.0.2.1 -all"}));
    zone.addTimeout("slow.test");
    return dns::makeResolver(std::move(zone));
}

bool has(const spf::LintReport& report, const std::string& code) {
    for (const auto& f : report.findings)
        if (f.code == code)
            return true;
    return false;
}

std::string codes(const spf::LintReport& report) {
    std::string out;
    for (const auto& f : report.findings)
        out += f.code + " ";
    return out;
}

struct Case {
    const char* code;
    const char* triggering; // record text, or "@domain" to lint a domain by name
    const char* clean;
};

spf::LintReport run(dns::Resolver& resolver, const std::string& input) {
    if (input.front() == '@')
        return spf::analyzeDomain(input.substr(1), resolver);
    return spf::analyzeRecord(input, "example.com", resolver);
}

// Every {name} in the catalogue texts of a finding has a parameter.
bool placeholdersFilled(const Finding& finding) {
    const auto* entry = findCatalogueEntry(finding.code);
    for (std::string templ : {std::string(entry->text), std::string(entry->fix)}) {
        for (auto open = templ.find('{'); open != std::string::npos; open = templ.find('{', open + 1)) {
            auto close = templ.find('}', open);
            if (!finding.params.count(templ.substr(open + 1, close - open - 1)))
                return false;
        }
    }
    return true;
}

const std::string elevenA = "v=spf1 a a a a a a a a a a a -all";
const std::string eightA = "v=spf1 a a a a a a a a -all";

} // namespace

TEST(SpfLinter, EveryCheckTriggersAndStaysQuiet) {
    auto resolver = lintZone();
    const std::string longRecord = "v=spf1 " + [] {
        std::string s;
        for (int i = 1; i <= 26; ++i)
            s += "ip4:198.51.100." + std::to_string(i) + " ";
        return s;
    }() + "-all";
    const Case cases[] = {
        {"SPF-NO-RECORD", "@nospf.test", "@example.com"},
        {"SPF-MULTIPLE-RECORDS", "@multi.test", "@example.com"},
        {"SPF-VERSION-NO-SPACE", "@nospace.test", "@example.com"},
        {"SPF-LEADING-WHITESPACE", "@ws.test", "@example.com"},
        {"SPF-SYNTAX-UNKNOWN-MECHANISM", "v=spf1 foo -all", "v=spf1 mx -all"},
        {"SPF-DUPLICATE-MODIFIER", "v=spf1 mx exp=a.example.com exp=b.example.com -all", "v=spf1 mx -all"},
        {"SPF-UNKNOWN-MODIFIER", "v=spf1 mx foo=bar -all", "v=spf1 mx -all"},
        {"SPF-PASS-ALL", "v=spf1 mx +all", "v=spf1 mx -all"},
        {"SPF-NEUTRAL-ALL", "v=spf1 mx ?all", "v=spf1 mx ~all"},
        {"SPF-NO-ALL", "v=spf1 mx", "v=spf1 mx redirect=_spf.provider.test"},
        {"SPF-TERMS-AFTER-ALL", "v=spf1 -all mx", "v=spf1 mx -all exp=x.example.com"},
        {"SPF-REDIRECT-WITH-ALL", "v=spf1 mx -all redirect=_spf.provider.test",
         "v=spf1 mx redirect=_spf.provider.test"},
        {"SPF-LOOKUP-LIMIT", elevenA.c_str(), eightA.c_str()},
        {"SPF-LOOKUP-NEAR-LIMIT", eightA.c_str(), "v=spf1 a a a a a a a -all"},
        {"SPF-VOID-LOOKUPS", "v=spf1 a:n1.test a:n2.test a:n3.test -all", "v=spf1 a:n1.test a:n2.test -all"},
        {"SPF-INCLUDE-LOOP", "v=spf1 include:loop1.test -all", "v=spf1 include:inc1.test -all"},
        {"SPF-INCLUDE-NO-RECORD", "v=spf1 include:nospf.test -all", "v=spf1 include:_spf.provider.test -all"},
        {"SPF-INCLUDE-NXDOMAIN", "v=spf1 include:nowhere.test -all", "v=spf1 include:_spf.provider.test -all"},
        {"SPF-INCLUDE-INVALID", "v=spf1 include:broken.test -all", "v=spf1 include:_spf.provider.test -all"},
        {"SPF-INCLUDE-TEMPERROR", "v=spf1 include:slow.test -all", "v=spf1 include:_spf.provider.test -all"},
        {"SPF-PTR", "v=spf1 ptr -all", "v=spf1 a -all"},
        {"SPF-NO-ADDRESSES", "v=spf1 a:noaddr.test -all", "v=spf1 a:mail.example.com -all"},
        {"SPF-MX-TOO-MANY", "v=spf1 mx:manymx.test -all", "v=spf1 mx -all"},
        {"SPF-DUPLICATE-INCLUDE", "v=spf1 include:inc3.test include:inc3.test -all", "v=spf1 include:inc3.test -all"},
        {"SPF-DUPLICATE-NETBLOCK", "v=spf1 ip4:192.0.2.0/24 ip4:192.0.2.0/24 -all", "v=spf1 ip4:192.0.2.0/24 -all"},
        {"SPF-OVERLAPPING-NETBLOCK", "v=spf1 ip4:192.0.2.0/24 ip4:192.0.2.7 -all",
         "v=spf1 ip4:192.0.2.0/25 ip4:192.0.2.128/25 -all"},
        {"SPF-CIDR-HOST-BITS", "v=spf1 ip4:192.0.2.1/24 -all", "v=spf1 ip4:192.0.2.0/24 -all"},
        {"SPF-BROAD-RANGE", "v=spf1 ip4:10.0.0.0/8 ip6:2001::/16 -all",
         "v=spf1 ip4:10.0.0.0/16 ip6:2001:db8::/32 -all"},
        {"SPF-RECORD-LONG", longRecord.c_str(), "v=spf1 mx -all"},
        {"SPF-RR-TYPE-SPF", "@spftype.test", "@example.com"},
        {"SPF-SENDER-ID", "@senderid.test", "@example.com"},
        {"SPF-MACRO", "v=spf1 exists:%{i}.bl.example.com -all", "v=spf1 exists:bl.example.com -all"},
        {"SPF-PARKED", "@parked.test", "@parked2.test"},
    };
    for (const auto& c : cases) {
        auto bad = run(*resolver, c.triggering);
        EXPECT_TRUE(has(bad, c.code)) << c.code << " not raised by " << c.triggering << ": " << codes(bad);
        auto good = run(*resolver, c.clean);
        EXPECT_FALSE(has(good, c.code)) << c.code << " raised by " << c.clean;
        for (const auto& f : bad.findings) {
            EXPECT_NE(findCatalogueEntry(f.code), nullptr) << f.code;
            EXPECT_TRUE(placeholdersFilled(f)) << f.code << ": " << f.message();
        }
    }
}

TEST(SpfLinter, SizesAndStrings) {
    auto resolver = lintZone();
    std::string huge = "v=spf1";
    for (int i = 1; i <= 60; ++i)
        huge += " ip4:198.51.100." + std::to_string(i);
    huge += " -all";
    auto report = spf::analyzeRecord(huge, "example.com", *resolver);
    EXPECT_TRUE(has(report, "SPF-RECORD-TOO-LONG"));
    EXPECT_TRUE(has(report, "SPF-STRING-TOO-LONG"));
    std::vector<std::string> strings;
    for (std::size_t at = 0; at < huge.size(); at += 250)
        strings.push_back(huge.substr(at, 250));
    auto split = spf::analyzeRecordStrings(strings, "example.com", *resolver);
    EXPECT_FALSE(has(split, "SPF-STRING-TOO-LONG"));
    EXPECT_EQ(spf::splitQuotedStrings("\"v=spf1 \" \"-all\""), (std::vector<std::string>{"v=spf1 ", "-all"}));
    EXPECT_EQ(spf::splitQuotedStrings("v=spf1 -all"), (std::vector<std::string>{"v=spf1 -all"}));
}

TEST(SpfLinter, LookupTreeCountsBranchesWorstCaseAndEvaluationOrder) {
    auto resolver = lintZone();
    // inc1 -> inc2 -> inc3 -> a: 4 lookups per path; two paths to inc1 are each counted.
    auto report = spf::analyzeRecord("v=spf1 mx include:inc1.test include:inc2.test -all include:inc1.test",
                                     "example.com", *resolver);
    EXPECT_EQ(report.worstCase, 1 + 4 + 3 + 4);
    EXPECT_EQ(report.evaluationOrder, 1 + 4 + 3);
    ASSERT_EQ(report.tree.children.size(), 4u);
    EXPECT_EQ(report.tree.children[1].worstCase, 4);
    EXPECT_EQ(report.tree.children[1].children[0].target, "inc2.test");
    EXPECT_EQ(report.tree.children[2].cumulative, 6);
    EXPECT_FALSE(report.tree.children[3].evaluated);
    EXPECT_TRUE(has(report, "SPF-LOOKUP-NEAR-LIMIT")); // worst case 12 but evaluation 8
    EXPECT_FALSE(has(report, "SPF-LOOKUP-LIMIT"));
    auto json = spf::toJson(report);
    EXPECT_EQ(json["dns_lookups"]["worst_case"], 12);
    EXPECT_EQ(json["dns_lookups"]["evaluation_order"], 8);
    EXPECT_EQ(json["lookup_tree"]["children"][1]["children"][0]["children"][0]["term"], "include:inc3.test");
    EXPECT_EQ(json["findings"][0]["span"].size(), 2u);

    auto over = spf::analyzeRecord(elevenA, "example.com", *resolver);
    ASSERT_TRUE(has(over, "SPF-LOOKUP-LIMIT"));
    for (const auto& f : over.findings) {
        if (f.code == "SPF-LOOKUP-LIMIT") { // points at the 11th term
            EXPECT_EQ(elevenA.substr(f.span.begin, f.span.end - f.span.begin), "a");
        }
    }
}

TEST(SpfLinter, SyntaxErrorsHavePositions) {
    auto resolver = lintZone();
    auto report = spf::analyzeRecord("v=spf1 mx ip4:192.0.2.300 -all", "example.com", *resolver);
    ASSERT_EQ(report.findings.size(), 1u);
    EXPECT_EQ(report.findings[0].code, "SPF-SYNTAX-BAD-ADDRESS");
    EXPECT_EQ(report.findings[0].severity, Severity::Error);
    EXPECT_EQ(report.findings[0].span.begin, 14u);
    EXPECT_NE(report.findings[0].message().find("position 15"), std::string::npos);
}

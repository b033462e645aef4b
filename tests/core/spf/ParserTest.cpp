#include "core/spf/Parser.h"
#include "core/common/MessageCatalogue.h"
#include "core/spf/Macro.h"
#include "core/spf/Result.h"

#include <gtest/gtest.h>

using namespace dmarcplan;
using namespace dmarcplan::spf;

TEST(SpfResult, NamesRoundTrip) {
    for (auto r : {Result::None, Result::Neutral, Result::Pass, Result::Fail, Result::SoftFail, Result::TempError,
                   Result::PermError})
        EXPECT_EQ(parseResult(toString(r)), r);
    EXPECT_EQ(toString(Result::SoftFail), "softfail");
    EXPECT_EQ(parseResult("PermError"), Result::PermError);
    EXPECT_FALSE(parseResult("hardfail"));
}

TEST(SpfParser, EveryMechanismWithQualifiersCidrsAndSpans) {
    const std::string text =
        "v=spf1 -all include:_spf.example.com ~a/24//64 ?mx:mail.example.com//48 ptr:example.org "
        "ip4:192.0.2.0/24 ip6:2001:db8::/32 exists:%{i}.bl.example.net redirect=other.example exp=x.%{d} foo=bar";
    auto parsed = parseRecord(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error->code;
    const auto& terms = parsed.record->terms;
    ASSERT_EQ(terms.size(), 11u);
    EXPECT_EQ(terms[0].mechanism()->qualifier, Qualifier::Fail);
    EXPECT_EQ(terms[0].mechanism()->kind, MechanismKind::All);
    EXPECT_EQ(terms[1].mechanism()->domainSpec, "_spf.example.com");
    EXPECT_EQ(terms[2].mechanism()->cidr4, 24);
    EXPECT_EQ(terms[2].mechanism()->cidr6, 64);
    EXPECT_EQ(terms[2].mechanism()->qualifier, Qualifier::SoftFail);
    EXPECT_EQ(terms[3].mechanism()->domainSpec, "mail.example.com");
    EXPECT_FALSE(terms[3].mechanism()->cidr4);
    EXPECT_EQ(terms[3].mechanism()->cidr6, 48);
    EXPECT_EQ(terms[5].mechanism()->network->toString(), "192.0.2.0");
    EXPECT_EQ(terms[6].mechanism()->cidr6, 32);
    EXPECT_EQ(terms[7].mechanism()->domainSpec, "%{i}.bl.example.net");
    EXPECT_EQ(parsed.record->redirect()->value, "other.example");
    EXPECT_EQ(parsed.record->exp()->value, "x.%{d}");
    EXPECT_EQ(terms[10].modifier()->kind, ModifierKind::Unknown);
    for (const auto& term : terms)
        EXPECT_EQ(text.substr(term.span.begin, term.span.end - term.span.begin), term.text);
    EXPECT_TRUE(parsed.record->hasAll());
}

TEST(SpfParser, ErrorsCarryCodeAndPosition) {
    struct Case {
        const char* record;
        const char* code;
        std::size_t position;
    };
    const Case cases[] = {
        {"v=spf1 a:foo.example.com/33", "SPF-SYNTAX-BAD-CIDR", 24},
        {"v=spf1 ip4:1.2.3.4/032", "SPF-SYNTAX-BAD-CIDR", 18},
        {"v=spf1 ip4:1.2.3 -all", "SPF-SYNTAX-BAD-ADDRESS", 11},
        {"v=spf1 foo -all", "SPF-SYNTAX-UNKNOWN-MECHANISM", 7},
        {"v=spf1 -redirect=x.example", "SPF-SYNTAX-QUALIFIED-MODIFIER", 7},
        {"v=spf1 include -all", "SPF-SYNTAX-MISSING-DOMAIN", 7},
        {"v=spf1 a:111.222.33.44", "SPF-SYNTAX-BAD-DOMAIN", 9},
        {"v=spf1 exists:%{x}.example.com", "SPF-SYNTAX-BAD-MACRO", 16},
        {"v=spf1 all:foo", "SPF-SYNTAX-UNEXPECTED-ARGUMENT", 10},
        {"v=spf1 redirect=a.example redirect=b.example", "SPF-DUPLICATE-MODIFIER", 26},
        {"v=spf1 a\t-all", "SPF-SYNTAX-CHARACTER", 8},
        {"v=spf1 9x=y", "SPF-SYNTAX-MODIFIER-NAME", 7},
        {"v=spf10 -all", "SPF-SYNTAX-VERSION", 0},
    };
    for (const auto& c : cases) {
        auto parsed = parseRecord(c.record);
        ASSERT_FALSE(parsed.ok()) << c.record;
        EXPECT_EQ(parsed.error->code, c.code) << c.record;
        EXPECT_EQ(parsed.error->span.begin, c.position) << c.record;
        EXPECT_NE(findCatalogueEntry(parsed.error->code), nullptr) << parsed.error->code;
    }
}

TEST(SpfParser, AcceptsWhatTheGrammarAllows) {
    for (const char* ok : {"v=spf1", "v=spf1 ", "v=spf1  a  -all ", "V=SPF1 MX -ALL", "v=spf1 a:foo.example.com.",
                           "v=spf1 mx/0 a//0", "v=spf1 exists:%{l1r+-}.%{d}", "v=spf1 a:macro%%p%_%-.example.com",
                           "v=spf1 moo.cow-far_out=man:dog/cat ip4:1.2.3.4 -all"})
        EXPECT_TRUE(parseRecord(ok).ok()) << ok;
    EXPECT_TRUE(isSpfRecord("v=spf1 -all"));
    EXPECT_FALSE(isSpfRecord("v=spf1mx"));
    EXPECT_FALSE(isSpfRecord(" v=spf1 -all"));
}

TEST(SpfMacro, ExpandsLettersTransformersAndEscapes) {
    MacroContext context;
    context.ip = *IpAddress::parse("192.0.2.3");
    context.sender = "strong-bad@email.example.com";
    context.localPart = "strong-bad";
    context.senderDomain = "email.example.com";
    context.domain = "email.example.com";
    context.helo = "mx.example.org";
    // RFC 7208 §7.4 examples.
    EXPECT_EQ(expandMacroString("%{s}", context, false), "strong-bad@email.example.com");
    EXPECT_EQ(expandMacroString("%{d4}", context, false), "email.example.com");
    EXPECT_EQ(expandMacroString("%{d2}", context, false), "example.com");
    EXPECT_EQ(expandMacroString("%{dr}", context, false), "com.example.email");
    EXPECT_EQ(expandMacroString("%{l-}", context, false), "strong.bad");
    EXPECT_EQ(expandMacroString("%{lr-}", context, false), "bad.strong");
    EXPECT_EQ(expandMacroString("%{l1r-}", context, false), "strong");
    EXPECT_EQ(expandMacroString("%{ir}.%{v}._spf.%{d2}", context, false), "3.2.0.192.in-addr._spf.example.com");
    EXPECT_EQ(expandMacroString("%{S}", context, false), "strong-bad%40email.example.com");
    EXPECT_FALSE(expandMacroString("%{c}", context, false)); // c only in explanations
    EXPECT_EQ(expandMacroString("from %{c}", context, true), "from 192.0.2.3");
    EXPECT_FALSE(expandMacroString("%{d0}", context, false));
    EXPECT_EQ(truncateDomain(std::string(250, 'a') + ".example.com"), "example.com");
}

TEST(SpfAddress, ParsesMatchesAndFormats) {
    auto v6 = IpAddress::parse("2001:db8::cb01");
    ASSERT_TRUE(v6);
    EXPECT_EQ(v6->reverseName().substr(0, 8), "1.0.b.c.");
    EXPECT_TRUE(v6->inNetwork(*IpAddress::parse("2001:db8::"), 32));
    auto mapped = IpAddress::parse("::ffff:192.0.2.1");
    ASSERT_TRUE(mapped);
    EXPECT_FALSE(mapped->v6);
    EXPECT_TRUE(IpAddress::parse("192.0.2.77")->inNetwork(*IpAddress::parse("192.0.2.0"), 24));
    EXPECT_FALSE(IpAddress::parse("192.0.3.1")->inNetwork(*IpAddress::parse("192.0.2.0"), 24));
    EXPECT_TRUE(IpAddress::parse("192.0.2.1")->hasHostBits(24));
    EXPECT_FALSE(IpAddress::parseV4("01.2.3.4"));
}

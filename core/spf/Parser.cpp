#include "core/spf/Parser.h"

#include "core/common/DomainName.h"
#include "core/spf/Macro.h"

#include <array>
#include <cctype>
#include <cstdio>

namespace dmarcplan::spf {

namespace {

constexpr std::array<std::pair<MechanismKind, std::string_view>, 8> kMechanisms = {{
    {MechanismKind::All, "all"},
    {MechanismKind::Include, "include"},
    {MechanismKind::A, "a"},
    {MechanismKind::Mx, "mx"},
    {MechanismKind::Ptr, "ptr"},
    {MechanismKind::Ip4, "ip4"},
    {MechanismKind::Ip6, "ip6"},
    {MechanismKind::Exists, "exists"},
}};

bool isAlnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}
bool isAlpha(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool isDigit(char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(std::string_view label) {
    if (label.empty())
        return false;
    bool hasAlpha = false;
    bool hasDash = false;
    for (char c : label) {
        if (c == '-')
            hasDash = true;
        else if (isAlpha(c))
            hasAlpha = true;
        else if (!isDigit(c))
            return false;
    }
    if (!hasDash)
        return hasAlpha;
    return isAlnum(label.front()) && isAlnum(label.back());
}

// modifier name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
bool isModifierName(std::string_view name) {
    if (name.empty() || !isAlpha(name.front()))
        return false;
    for (char c : name)
        if (!(isAlnum(c) || c == '-' || c == '_' || c == '.'))
            return false;
    return true;
}

// ip4-cidr-length = "/" ("0" / %x31-39 0*1DIGIT); ip6-cidr-length = "/" ("0" / %x31-39 0*2DIGIT)
std::optional<int> parseCidr(std::string_view digits, int max) {
    if (digits.empty() || digits.size() > 3 || (digits.size() > 1 && digits.front() == '0'))
        return std::nullopt;
    int value = 0;
    for (char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

class TermParser {
public:
    TermParser(std::string_view text, std::size_t offset) : m_text(text), m_offset(offset) {}

    std::optional<ParseError> parse(Term& term) {
        term.span = {m_offset, m_offset + m_text.size()};
        term.text = std::string(m_text);
        std::string_view body = m_text;
        Qualifier qualifier = Qualifier::Pass;
        bool explicitQualifier = false;
        switch (body.front()) {
        case '+':
            explicitQualifier = true;
            break;
        case '-':
            qualifier = Qualifier::Fail;
            explicitQualifier = true;
            break;
        case '~':
            qualifier = Qualifier::SoftFail;
            explicitQualifier = true;
            break;
        case '?':
            qualifier = Qualifier::Neutral;
            explicitQualifier = true;
            break;
        default:
            break;
        }
        if (explicitQualifier)
            body.remove_prefix(1);
        const std::size_t bodyOffset = explicitQualifier ? 1 : 0;
        const auto separator = body.find_first_of(":/=");
        if (separator != std::string_view::npos && body[separator] == '=') {
            if (explicitQualifier)
                return error("SPF-SYNTAX-QUALIFIED-MODIFIER", 0, m_text.size());
            return parseModifier(term, body.substr(0, separator), body.substr(separator + 1));
        }
        const auto name = toLower(body.substr(0, separator));
        const MechanismKind* kind = nullptr;
        for (const auto& [k, n] : kMechanisms)
            if (n == name)
                kind = &k;
        if (!kind)
            return error("SPF-SYNTAX-UNKNOWN-MECHANISM", 0, m_text.size());
        Mechanism mechanism;
        mechanism.qualifier = qualifier;
        mechanism.explicitQualifier = explicitQualifier;
        mechanism.kind = *kind;
        std::string_view rest = separator == std::string_view::npos ? std::string_view() : body.substr(separator);
        auto failure = parseArguments(mechanism, rest, bodyOffset + name.size());
        if (failure)
            return failure;
        term.body = std::move(mechanism);
        return std::nullopt;
    }

private:
    ParseError error(std::string code, std::size_t begin, std::size_t end) const {
        ParseError e;
        e.code = std::move(code);
        e.span = {m_offset + begin, m_offset + std::max(end, begin + 1)};
        e.params = {{"term", std::string(m_text)}, {"position", std::to_string(m_offset + begin + 1)}};
        return e;
    }

    std::optional<ParseError> parseModifier(Term& term, std::string_view name, std::string_view value) {
        if (!isModifierName(name))
            return error("SPF-SYNTAX-MODIFIER-NAME", 0, name.size());
        Modifier modifier;
        modifier.name = std::string(name);
        modifier.value = std::string(value);
        const std::size_t valueOffset = name.size() + 1;
        if (equalsIgnoreCase(name, "redirect") || equalsIgnoreCase(name, "exp")) {
            modifier.kind = equalsIgnoreCase(name, "redirect") ? ModifierKind::Redirect : ModifierKind::Exp;
            if (auto failure = checkDomainSpec(value, valueOffset))
                return failure;
        } else if (auto macroError = checkMacroString(value)) {
            // §6: unknown modifiers are ignored, but their value must still be a valid macro-string.
            return error("SPF-SYNTAX-BAD-MACRO", valueOffset + macroError->span.begin, m_text.size());
        }
        term.body = std::move(modifier);
        return std::nullopt;
    }

    // domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand
    std::optional<ParseError> checkDomainSpec(std::string_view spec, std::size_t at) const {
        if (spec.empty())
            return error("SPF-SYNTAX-MISSING-DOMAIN", 0, m_text.size());
        MacroToken last;
        auto macroError = scanMacroString(spec, false, [&](const MacroToken& token) { last = token; });
        if (macroError)
            return error("SPF-SYNTAX-BAD-MACRO", at + *macroError, m_text.size());
        if (last.kind != MacroToken::Kind::Literal)
            return std::nullopt;
        std::string_view tail = last.literal;
        if (!tail.empty() && tail.back() == '.')
            tail.remove_suffix(1);
        auto dot = tail.rfind('.');
        if (dot == std::string_view::npos || !isTopLabel(tail.substr(dot + 1)))
            return error("SPF-SYNTAX-BAD-DOMAIN", at, m_text.size());
        return std::nullopt;
    }

    std::optional<ParseError> parseArguments(Mechanism& mechanism, std::string_view rest, std::size_t at) {
        const std::size_t end = m_text.size();
        switch (mechanism.kind) {
        case MechanismKind::All:
            if (!rest.empty())
                return error("SPF-SYNTAX-UNEXPECTED-ARGUMENT", at, end);
            return std::nullopt;
        case MechanismKind::Include:
        case MechanismKind::Exists:
            if (rest.empty() || rest.front() != ':')
                return error("SPF-SYNTAX-MISSING-DOMAIN", 0, end);
            mechanism.domainSpec = std::string(rest.substr(1));
            return checkDomainSpec(rest.substr(1), at + 1);
        case MechanismKind::Ptr:
            if (rest.empty())
                return std::nullopt;
            if (rest.front() != ':')
                return error("SPF-SYNTAX-UNEXPECTED-ARGUMENT", at, end);
            mechanism.domainSpec = std::string(rest.substr(1));
            return checkDomainSpec(rest.substr(1), at + 1);
        case MechanismKind::A:
        case MechanismKind::Mx:
            return parseDomainAndCidr(mechanism, rest, at);
        case MechanismKind::Ip4:
        case MechanismKind::Ip6:
            return parseNetwork(mechanism, rest, at);
        }
        return std::nullopt;
    }

    // a / mx: [ ":" domain-spec ] [ dual-cidr-length ], the CIDR part read from the end.
    std::optional<ParseError> parseDomainAndCidr(Mechanism& mechanism, std::string_view rest, std::size_t at) {
        std::string_view domain = rest;
        auto trailingNumber = [](std::string_view text, std::string_view prefix) -> std::optional<std::size_t> {
            std::size_t digits = 0;
            while (digits < text.size() && isDigit(text[text.size() - 1 - digits]))
                ++digits;
            std::size_t start = text.size() - digits;
            if (start < prefix.size() || text.substr(start - prefix.size(), prefix.size()) != prefix)
                return std::nullopt;
            if (prefix == "/" && start >= 2 && text[start - 2] == '/')
                return std::nullopt; // "//n" is the IPv6 length, not "/n"
            return start - prefix.size();
        };
        if (auto pos = trailingNumber(domain, "//")) {
            auto cidr = parseCidr(domain.substr(*pos + 2), 128);
            if (!cidr)
                return error("SPF-SYNTAX-BAD-CIDR", at + *pos, m_text.size());
            mechanism.cidr6 = cidr;
            domain = domain.substr(0, *pos);
        }
        if (auto pos = trailingNumber(domain, "/")) {
            auto cidr = parseCidr(domain.substr(*pos + 1), 32);
            if (!cidr)
                return error("SPF-SYNTAX-BAD-CIDR", at + *pos, m_text.size());
            mechanism.cidr4 = cidr;
            domain = domain.substr(0, *pos);
        }
        if (domain.empty())
            return std::nullopt;
        if (domain.front() != ':')
            return error(domain.front() == '/' ? "SPF-SYNTAX-BAD-CIDR" : "SPF-SYNTAX-UNEXPECTED-ARGUMENT", at,
                         m_text.size());
        mechanism.domainSpec = std::string(domain.substr(1));
        return checkDomainSpec(domain.substr(1), at + 1);
    }

    std::optional<ParseError> parseNetwork(Mechanism& mechanism, std::string_view rest, std::size_t at) {
        const bool v6 = mechanism.kind == MechanismKind::Ip6;
        if (rest.empty() || rest.front() != ':')
            return error("SPF-SYNTAX-BAD-ADDRESS", 0, m_text.size());
        std::string_view address = rest.substr(1);
        auto slash = address.find('/');
        if (slash != std::string_view::npos) {
            auto cidr = parseCidr(address.substr(slash + 1), v6 ? 128 : 32);
            if (!cidr)
                return error("SPF-SYNTAX-BAD-CIDR", at + 1 + slash, m_text.size());
            (v6 ? mechanism.cidr6 : mechanism.cidr4) = cidr;
            address = address.substr(0, slash);
        }
        mechanism.network = v6 ? IpAddress::parseV6(address) : IpAddress::parseV4(address);
        if (!mechanism.network)
            return error("SPF-SYNTAX-BAD-ADDRESS", at + 1, at + 1 + address.size());
        return std::nullopt;
    }

    std::string_view m_text;
    std::size_t m_offset;
};

} // namespace

std::string_view toString(MechanismKind kind) {
    for (const auto& [k, name] : kMechanisms)
        if (k == kind)
            return name;
    return "all";
}

char qualifierChar(Qualifier qualifier) {
    switch (qualifier) {
    case Qualifier::Pass:
        return '+';
    case Qualifier::Fail:
        return '-';
    case Qualifier::SoftFail:
        return '~';
    case Qualifier::Neutral:
        return '?';
    }
    return '+';
}

bool Mechanism::causesDnsLookup() const {
    switch (kind) {
    case MechanismKind::Include:
    case MechanismKind::A:
    case MechanismKind::Mx:
    case MechanismKind::Ptr:
    case MechanismKind::Exists:
        return true;
    case MechanismKind::All:
    case MechanismKind::Ip4:
    case MechanismKind::Ip6:
        return false;
    }
    return false;
}

const Term* Record::findModifier(ModifierKind kind) const {
    for (const auto& term : terms)
        if (const auto* m = term.modifier(); m && m->kind == kind)
            return &term;
    return nullptr;
}

const Modifier* Record::redirect() const {
    const auto* term = findModifier(ModifierKind::Redirect);
    return term ? term->modifier() : nullptr;
}

const Modifier* Record::exp() const {
    const auto* term = findModifier(ModifierKind::Exp);
    return term ? term->modifier() : nullptr;
}

bool Record::hasAll() const {
    for (const auto& term : terms)
        if (const auto* m = term.mechanism(); m && m->kind == MechanismKind::All)
            return true;
    return false;
}

bool isSpfRecord(std::string_view text) {
    return text.size() >= 6 && equalsIgnoreCase(text.substr(0, 6), "v=spf1") && (text.size() == 6 || text[6] == ' ');
}

std::optional<ParseError> checkMacroString(std::string_view text, bool explanation) {
    auto offset = scanMacroString(text, explanation, [](const MacroToken&) {});
    if (!offset)
        return std::nullopt;
    return ParseError{"SPF-SYNTAX-BAD-MACRO", {{"position", std::to_string(*offset + 1)}}, {*offset, *offset + 1}};
}

bool hasMacros(std::string_view macroString) {
    bool found = false;
    scanMacroString(macroString, true,
                    [&](const MacroToken& token) { found = found || token.kind == MacroToken::Kind::Expand; });
    return found;
}

ParseOutcome parseRecord(std::string_view text) {
    ParseOutcome outcome;
    // §3.1 / §4.6.1: the record is 7-bit ASCII and terms are separated by SP only.
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c > 0x7e) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", c);
            outcome.error = ParseError{
                "SPF-SYNTAX-CHARACTER", {{"position", std::to_string(i + 1)}, {"character", hex}}, {i, i + 1}};
            return outcome;
        }
    }
    if (!isSpfRecord(text)) {
        outcome.error =
            ParseError{"SPF-SYNTAX-VERSION", {{"position", "1"}}, {0, std::min<std::size_t>(text.size(), 6)}};
        return outcome;
    }
    Record record;
    record.text = std::string(text);
    bool seenRedirect = false;
    bool seenExp = false;
    std::size_t i = 6;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        std::size_t end = text.find(' ', i);
        if (end == std::string_view::npos)
            end = text.size();
        Term term;
        if (auto failure = TermParser(text.substr(i, end - i), i).parse(term)) {
            outcome.error = std::move(failure);
            return outcome;
        }
        if (const auto* modifier = term.modifier(); modifier && modifier->kind != ModifierKind::Unknown) {
            // §6: redirect and exp each appear at most once.
            bool& seen = modifier->kind == ModifierKind::Redirect ? seenRedirect : seenExp;
            if (seen) {
                outcome.error = ParseError{"SPF-DUPLICATE-MODIFIER",
                                           {{"name", toLower(modifier->name)}, {"position", std::to_string(i + 1)}},
                                           term.span};
                return outcome;
            }
            seen = true;
        }
        record.terms.push_back(std::move(term));
        i = end;
    }
    outcome.record = std::move(record);
    return outcome;
}

} // namespace dmarcplan::spf

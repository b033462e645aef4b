#include "core/spf/Macro.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace dmarcplan::spf {

namespace {

bool isMacroLetter(char lower, bool explanation) {
    switch (lower) {
    case 's':
    case 'l':
    case 'o':
    case 'd':
    case 'i':
    case 'p':
    case 'h':
    case 'v':
        return true;
    case 'c':
    case 'r':
    case 't':
        return explanation; // §7.2: only in the exp= explanation text
    default:
        return false;
    }
}

bool isDelimiter(char c) {
    return c == '.' || c == '-' || c == '+' || c == ',' || c == '/' || c == '_' || c == '=';
}

// §7.3: upper-case macro letters are URL-escaped: everything but the RFC 3986 unreserved set.
std::string urlEscape(std::string_view value) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : value) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    return out;
}

std::string transform(std::string_view value, const MacroToken& token) {
    std::string_view delimiters = token.delimiters.empty() ? std::string_view(".") : token.delimiters;
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= value.size(); ++i) {
        if (i == value.size() || delimiters.find(value[i]) != std::string_view::npos) {
            parts.push_back(value.substr(start, i - start));
            start = i + 1;
        }
    }
    if (token.reverse)
        std::reverse(parts.begin(), parts.end());
    std::size_t first = 0;
    if (token.keep > 0 && static_cast<std::size_t>(token.keep) < parts.size())
        first = parts.size() - static_cast<std::size_t>(token.keep);
    std::string out;
    for (std::size_t i = first; i < parts.size(); ++i) {
        if (i > first)
            out += '.';
        out += parts[i];
    }
    return out;
}

} // namespace

std::optional<std::size_t> scanMacroString(std::string_view text, bool explanation,
                                           const std::function<void(const MacroToken&)>& onToken) {
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c != '%') {
            std::size_t end = i;
            // macro-literal is %x21-24 / %x26-7E; explanations also allow SP (§6.2 explain-string).
            while (end < text.size() && text[end] != '%') {
                auto u = static_cast<unsigned char>(text[end]);
                bool ok = (u >= 0x21 && u <= 0x7e) || (explanation && u == ' ');
                if (!ok)
                    return end;
                ++end;
            }
            MacroToken token;
            token.offset = i;
            token.length = end - i;
            token.literal = text.substr(i, end - i);
            onToken(token);
            i = end;
            continue;
        }
        if (i + 1 >= text.size())
            return i;
        const char next = text[i + 1];
        MacroToken token;
        token.offset = i;
        if (next == '%' || next == '_' || next == '-') {
            token.kind = next == '%'   ? MacroToken::Kind::Percent
                         : next == '_' ? MacroToken::Kind::Space
                                       : MacroToken::Kind::EncodedSpace;
            token.length = 2;
            onToken(token);
            i += 2;
            continue;
        }
        if (next != '{')
            return i;
        std::size_t j = i + 2;
        if (j >= text.size())
            return i;
        char letter = static_cast<char>(std::tolower(static_cast<unsigned char>(text[j])));
        if (!isMacroLetter(letter, explanation))
            return j;
        token.kind = MacroToken::Kind::Expand;
        token.letter = letter;
        token.urlEscape = std::isupper(static_cast<unsigned char>(text[j])) != 0;
        ++j;
        std::size_t digitsStart = j;
        long keep = 0;
        while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) {
            keep = std::min<long>(keep * 10 + (text[j] - '0'), 1000);
            ++j;
        }
        // §7.1: "If a DIGIT is specified, the value MUST be nonzero."
        if (j > digitsStart && keep == 0)
            return digitsStart;
        token.keep = static_cast<int>(keep);
        if (j < text.size() && (text[j] == 'r' || text[j] == 'R')) {
            token.reverse = true;
            ++j;
        }
        std::size_t delimitersStart = j;
        while (j < text.size() && isDelimiter(text[j]))
            ++j;
        token.delimiters = text.substr(delimitersStart, j - delimitersStart);
        if (j >= text.size() || text[j] != '}')
            return j < text.size() ? j : i;
        token.length = j + 1 - i;
        onToken(token);
        i = j + 1;
    }
    return std::nullopt;
}

std::optional<std::string> expandMacroString(std::string_view text, const MacroContext& context, bool explanation) {
    std::string out;
    auto error = scanMacroString(text, explanation, [&](const MacroToken& token) {
        switch (token.kind) {
        case MacroToken::Kind::Literal:
            out += token.literal;
            return;
        case MacroToken::Kind::Percent:
            out += '%';
            return;
        case MacroToken::Kind::Space:
            out += ' ';
            return;
        case MacroToken::Kind::EncodedSpace:
            out += "%20";
            return;
        case MacroToken::Kind::Expand:
            break;
        }
        std::string value;
        switch (token.letter) {
        case 's':
            value = context.sender;
            break;
        case 'l':
            value = context.localPart;
            break;
        case 'o':
            value = context.senderDomain;
            break;
        case 'd':
            value = context.domain;
            break;
        case 'i':
            value = context.ip.macroForm();
            break;
        case 'p':
            value = context.validatedName ? context.validatedName() : "unknown";
            break;
        case 'h':
            value = context.helo;
            break;
        case 'v':
            value = context.ip.v6 ? "ip6" : "in-addr";
            break;
        case 'c':
            value = context.ip.toString();
            break;
        case 'r':
            value = context.receiver;
            break;
        case 't':
            value = std::to_string(context.now);
            break;
        default:
            break;
        }
        value = transform(value, token);
        out += token.urlEscape ? urlEscape(value) : value;
    });
    if (error)
        return std::nullopt;
    return out;
}

std::string truncateDomain(std::string name) {
    while (name.size() > 253) {
        auto dot = name.find('.');
        if (dot == std::string::npos)
            break;
        name.erase(0, dot + 1);
    }
    return name;
}

} // namespace dmarcplan::spf

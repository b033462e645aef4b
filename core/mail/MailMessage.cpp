#include "core/mail/MailMessage.h"

#include "core/common/DomainName.h"

#include <algorithm>

namespace dmarcplan::mail {

namespace {

bool isWsp(char c) {
    return c == ' ' || c == '\t';
}

// RFC 5322 §2.2: a field name is printable US-ASCII except colon.
bool isFieldNameChar(char c) {
    return c >= 33 && c <= 126 && c != ':';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (isWsp(text.front()) || text.front() == '\r' || text.front() == '\n'))
        text.remove_prefix(1);
    while (!text.empty() && (isWsp(text.back()) || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

// The next line of text from `offset` without its line end (LF or CRLF); `offset` moves past it.
// Lines are read one at a time so that a long body is never split into a list of lines.
std::string_view nextLine(std::string_view text, std::size_t& offset) {
    auto nl = text.find('\n', offset);
    auto end = nl == std::string_view::npos ? text.size() : nl;
    auto line = text.substr(offset, end - offset);
    if (nl != std::string_view::npos && !line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    offset = nl == std::string_view::npos ? text.size() : nl + 1;
    return line;
}

} // namespace

std::string toCrlf(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 32 + 2);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            out += '\r';
        out += text[i];
    }
    return out;
}

std::string_view HeaderField::name() const {
    std::string_view view(raw);
    auto colon = view.find(':');
    auto name = view.substr(0, colon);
    while (!name.empty() && isWsp(name.back()))
        name.remove_suffix(1);
    return name;
}

std::string_view HeaderField::rawValue() const {
    auto colon = raw.find(':');
    return colon == std::string::npos ? std::string_view{} : std::string_view(raw).substr(colon + 1);
}

std::string HeaderField::value() const {
    std::string out;
    for (char c : rawValue())
        if (c != '\r' && c != '\n')
            out += c;
    return std::string(trim(out));
}

bool HeaderField::is(std::string_view fieldName) const {
    return equalsIgnoreCase(name(), fieldName);
}

HeaderField HeaderField::make(std::string_view name, std::string_view value) {
    HeaderField field;
    field.raw = std::string(name) + ": " + toCrlf(value);
    return field;
}

Result<MailMessage> MailMessage::parse(std::string_view text, const std::string& source) {
    MailMessage message;
    std::size_t offset = 0;
    for (int lineNumber = 1; offset < text.size(); ++lineNumber) {
        auto line = nextLine(text, offset);
        if (line.empty()) {
            message.m_hasBody = true;
            break;
        }
        if (isWsp(line.front())) {
            if (message.m_headers.empty())
                return InputError{source, lineNumber, 1, "continuation line before the first header field"};
            message.m_headers.back().raw += "\r\n";
            message.m_headers.back().raw += line;
            continue;
        }
        auto colon = line.find(':');
        if (colon == std::string_view::npos)
            return InputError{source, lineNumber, 1, "header line without a colon (not a field, not a continuation)"};
        auto name = line.substr(0, colon);
        while (!name.empty() && isWsp(name.back()))
            name.remove_suffix(1);
        auto bad = std::find_if_not(name.begin(), name.end(), isFieldNameChar);
        if (name.empty() || bad != name.end())
            return InputError{source, lineNumber, static_cast<int>(bad - name.begin()) + 1,
                              "invalid header field name"};
        message.m_headers.push_back(HeaderField{std::string(line), lineNumber});
    }
    if (message.m_headers.empty())
        return InputError{source, 1, 1, "the message has no header fields"};
    // The body is the rest of the text with its line ends made CRLF; a final line without a line end
    // stays without one, as DKIM's simple body canonicalisation needs to see it.
    if (message.m_hasBody && offset < text.size())
        message.m_body = toCrlf(text.substr(offset));
    return message;
}

std::vector<std::size_t> MailMessage::indexesOf(std::string_view name) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_headers.size(); ++i)
        if (m_headers[i].is(name))
            out.push_back(i);
    return out;
}

std::optional<std::string> MailMessage::header(std::string_view name) const {
    for (const auto& field : m_headers)
        if (field.is(name))
            return field.value();
    return std::nullopt;
}

std::size_t MailMessage::count(std::string_view name) const {
    return indexesOf(name).size();
}

void MailMessage::addHeader(std::string_view name, std::string_view value) {
    m_headers.push_back(HeaderField::make(name, value));
}

void MailMessage::prependHeader(std::string_view name, std::string_view value) {
    m_headers.insert(m_headers.begin(), HeaderField::make(name, value));
}

void MailMessage::prependRawHeader(std::string raw) {
    auto text = toCrlf(trim(raw));
    m_headers.insert(m_headers.begin(), HeaderField{std::move(text), 0});
}

void MailMessage::setHeader(std::string_view name, std::string_view value) {
    for (auto& field : m_headers) {
        if (field.is(name)) {
            field = HeaderField::make(field.name(), value);
            return;
        }
    }
    addHeader(name, value);
}

void MailMessage::replaceHeader(std::size_t index, std::string raw) {
    if (index < m_headers.size())
        m_headers[index] = HeaderField{toCrlf(trim(raw)), 0};
}

std::size_t MailMessage::removeHeaders(std::string_view name) {
    auto before = m_headers.size();
    std::erase_if(m_headers, [&](const HeaderField& field) { return field.is(name); });
    return before - m_headers.size();
}

void MailMessage::refoldHeader(std::size_t index, std::size_t width) {
    if (index >= m_headers.size())
        return;
    auto& field = m_headers[index];
    std::string name(field.name());
    std::string unfolded = name + ":";
    for (char c : field.rawValue())
        if (c != '\r' && c != '\n')
            unfolded += c;
    // Break before a space once the current line is full; the space starts the continuation line.
    std::string out;
    std::size_t lineLength = 0;
    for (std::size_t i = 0; i < unfolded.size(); ++i) {
        char c = unfolded[i];
        if (isWsp(c) && lineLength >= width && i + 1 < unfolded.size() && !isWsp(unfolded[i + 1])) {
            out += "\r\n";
            lineLength = 0;
        }
        out += c;
        ++lineLength;
    }
    field.raw = out;
}

void MailMessage::setBody(std::string_view body) {
    m_body = toCrlf(body);
    m_hasBody = true;
}

void MailMessage::appendToBody(std::string_view text) {
    if (!m_body.empty() && m_body.back() != '\n')
        m_body += "\r\n";
    m_body += toCrlf(text);
    m_hasBody = true;
}

std::string MailMessage::toString(LineEnding ending) const {
    std::string out;
    out.reserve(m_body.size() + 64 * m_headers.size());
    for (const auto& field : m_headers) {
        out += field.raw;
        out += "\r\n";
    }
    out += "\r\n";
    out += m_body;
    if (ending == LineEnding::Lf)
        std::erase(out, '\r');
    return out;
}

std::optional<std::string> extractAddress(std::string_view value) {
    // Comments (RFC 5322 §3.2.2) may hold '@' or '<': drop them first, outside quoted strings.
    std::string text;
    int depth = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (c == '\\' && i + 1 < value.size()) {
            if (depth == 0)
                text += value.substr(i, 2);
            ++i;
            continue;
        }
        if (c == '"' && depth == 0)
            quoted = !quoted;
        if (!quoted && c == '(') {
            ++depth;
            continue;
        }
        if (!quoted && c == ')' && depth > 0) {
            --depth;
            continue;
        }
        if (depth == 0)
            text += (quoted && (c == '<' || c == '@' || c == ',')) ? '_' : c;
    }
    std::string_view view(text);
    auto open = view.find('<');
    if (open != std::string_view::npos) {
        auto close = view.find('>', open);
        if (close == std::string_view::npos)
            return std::nullopt;
        auto inner = trim(view.substr(open + 1, close - open - 1));
        // A route ("@a,@b:user@host") is obsolete syntax: keep what follows the colon.
        if (!inner.empty() && inner.front() == '@' && inner.find(':') != std::string_view::npos)
            inner = inner.substr(inner.find(':') + 1);
        return std::string(inner);
    }
    // No angle brackets: the first whitespace/comma separated token with an '@'.
    std::size_t start = 0;
    while (start < view.size()) {
        while (start < view.size() &&
               (isWsp(view[start]) || view[start] == ',' || view[start] == '\r' || view[start] == '\n'))
            ++start;
        auto end = start;
        while (end < view.size() && !isWsp(view[end]) && view[end] != ',' && view[end] != '\r' && view[end] != '\n')
            ++end;
        auto token = view.substr(start, end - start);
        if (token.find('@') != std::string_view::npos)
            return std::string(token);
        start = end;
    }
    return std::nullopt;
}

std::optional<std::string> domainOf(std::string_view address) {
    auto at = address.rfind('@');
    if (at == std::string_view::npos || at + 1 >= address.size())
        return std::nullopt;
    return normalizeDomain(address.substr(at + 1));
}

std::optional<std::string> MailMessage::fromAddress() const {
    auto from = header("From");
    return from ? extractAddress(*from) : std::nullopt;
}

std::optional<std::string> MailMessage::fromDomain() const {
    auto address = fromAddress();
    return address ? domainOf(*address) : std::nullopt;
}

std::optional<std::string> MailMessage::returnPath() const {
    auto path = header("Return-Path");
    if (!path)
        return std::nullopt;
    if (trim(*path) == "<>")
        return std::string();
    return extractAddress(*path);
}

} // namespace dmarcplan::mail

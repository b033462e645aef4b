#include "app/cli/TerminalText.h"

#include <cstdio>

namespace dmarcplan::cli {

namespace {

void escapeByte(unsigned char c, std::string& out) {
    char text[8];
    std::snprintf(text, sizeof text, "\\%03u", c);
    out += text;
}

} // namespace

void ControlEscaper::escapePending(std::string& out) {
    for (char p : m_pending)
        escapeByte(static_cast<unsigned char>(p), out);
    m_pending.clear();
    m_needed = 0;
}

void ControlEscaper::feed(char ch, std::string& out) {
    const auto c = static_cast<unsigned char>(ch);
    if (m_needed > 0) {
        if ((c & 0xC0) == 0x80) {
            // U+0080..U+009F are C2 80..C2 9F: the C1 controls (0x9B is CSI on many terminals).
            if (m_pending.size() == 1 && static_cast<unsigned char>(m_pending[0]) == 0xC2 && c <= 0x9F) {
                m_pending += ch;
                escapePending(out);
                return;
            }
            m_pending += ch;
            if (--m_needed == 0) {
                out += m_pending;
                m_pending.clear();
            }
            return;
        }
        escapePending(out); // a sequence cut short: not UTF-8
    }
    if (c == '\n' || c == '\t') {
        out += ch;
    } else if (c < 0x20 || c == 0x7F) {
        escapeByte(c, out);
    } else if (c < 0x80) {
        out += ch;
    } else if (c >= 0xC2 && c <= 0xF4) {
        m_pending = std::string(1, ch);
        m_needed = c <= 0xDF ? 1 : c <= 0xEF ? 2 : 3;
    } else {
        escapeByte(c, out); // a continuation byte alone, or a byte UTF-8 never uses
    }
}

void ControlEscaper::finish(std::string& out) {
    escapePending(out);
}

std::string escapeControls(std::string_view text) {
    ControlEscaper escaper;
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        escaper.feed(c, out);
    escaper.finish(out);
    return out;
}

TerminalSafeBuf::~TerminalSafeBuf() {
    m_scratch.clear();
    m_escaper.finish(m_scratch);
    emit(m_scratch);
    m_target->pubsync();
}

void TerminalSafeBuf::emit(const std::string& bytes) {
    if (!bytes.empty())
        m_target->sputn(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

TerminalSafeBuf::int_type TerminalSafeBuf::overflow(int_type ch) {
    if (traits_type::eq_int_type(ch, traits_type::eof()))
        return traits_type::not_eof(ch);
    m_scratch.clear();
    m_escaper.feed(traits_type::to_char_type(ch), m_scratch);
    emit(m_scratch);
    return ch;
}

std::streamsize TerminalSafeBuf::xsputn(const char* s, std::streamsize n) {
    m_scratch.clear();
    for (std::streamsize i = 0; i < n; ++i)
        m_escaper.feed(s[i], m_scratch);
    emit(m_scratch);
    return n;
}

int TerminalSafeBuf::sync() {
    // An unfinished UTF-8 sequence stays pending: its next bytes may be in the next write.
    return m_target->pubsync();
}

void TerminalSafeBuf::writeExact(std::string_view bytes) {
    m_scratch.clear();
    m_escaper.finish(m_scratch);
    emit(m_scratch);
    m_target->sputn(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

void writeExact(std::ostream& out, std::string_view bytes) {
    if (auto* safe = dynamic_cast<TerminalSafeBuf*>(out.rdbuf()))
        safe->writeExact(bytes);
    else
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::streambuf* exactBuffer(std::ostream& out) {
    if (auto* safe = dynamic_cast<TerminalSafeBuf*>(out.rdbuf()))
        return safe->target();
    return out.rdbuf();
}

} // namespace dmarcplan::cli

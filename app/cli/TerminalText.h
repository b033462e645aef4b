#pragma once
// Text output that cannot drive the terminal. Records, DNS answers, file names and messages quote
// text from outside (a TXT record can hold ESC [2J, or ESC ] 52 to write the clipboard); printed as
// is, that text would run as terminal commands. Every stream the commands print on goes through
// TerminalSafeBuf, which shows C0 controls other than newline and tab, DEL, C1 controls (U+0080 to
// U+009F) and bytes that are not UTF-8 as \DDD, the decimal escape of RFC 1035 zone files (ESC is
// \027). Output that must stay byte-exact (JSON, a signed message, a PEM key) and the tool's own
// colours bypass it through writeExact().

#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace dmarcplan::cli {

// The escaping itself, fed byte by byte (a UTF-8 sequence may arrive in two writes).
class ControlEscaper {
public:
    void feed(char c, std::string& out);
    void finish(std::string& out); // an unfinished UTF-8 sequence at the end is escaped
    bool pending() const { return !m_pending.empty(); }

private:
    void escapePending(std::string& out);
    std::string m_pending; // the bytes of an unfinished UTF-8 sequence
    int m_needed = 0;      // continuation bytes still expected
};

// "a\x1b[2Jb" -> "a\027[2Jb".
std::string escapeControls(std::string_view text);

class TerminalSafeBuf : public std::streambuf {
public:
    explicit TerminalSafeBuf(std::streambuf* target) : m_target(target) {}
    ~TerminalSafeBuf() override;
    TerminalSafeBuf(const TerminalSafeBuf&) = delete;
    TerminalSafeBuf& operator=(const TerminalSafeBuf&) = delete;

    void writeExact(std::string_view bytes);
    std::streambuf* target() {
        writeExact({});
        return m_target;
    }

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    void emit(const std::string& bytes);
    std::streambuf* m_target;
    ControlEscaper m_escaper;
    std::string m_scratch;
};

// Writes bytes unchanged: through the TerminalSafeBuf's target when `out` has one, else to `out`.
void writeExact(std::ostream& out, std::string_view bytes);

// The buffer that writes bytes unchanged for `out` (what writeExact uses), for output streamed in
// many pieces such as a large JSON document. Flush `out` first.
std::streambuf* exactBuffer(std::ostream& out);

} // namespace dmarcplan::cli
